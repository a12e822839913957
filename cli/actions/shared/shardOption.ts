import { InputError } from '../../exit.js';
import { resolveShard } from './resolveShard.js';
import type { Shard } from '../../../input/Shard.js';

/** The flags every shardable command takes: `--shard i/n|auto` and `--shard-count N`. */
export interface ShardFlags {
  readonly shard?: string;
  readonly shardCount?: string;
}

/** The shard a command runs (none: the whole run); a bad value is a one-line input error (exit 2). */
export function shardOption(flags: ShardFlags, env: NodeJS.ProcessEnv = process.env): Shard | undefined {
  if (flags.shard === undefined) {
    if (flags.shardCount !== undefined) throw new InputError('--shard-count goes with --shard auto (the count of a Kubernetes Indexed Job)');
    return undefined;
  }
  const r = resolveShard(flags.shard, flags.shardCount, env);
  if (!r.ok) throw new InputError(r.message);
  return r.value;
}
