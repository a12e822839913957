import { count as formatCount } from '../../../reports/index.js';
import { InputError } from '../../exit.js';
import { jsonOffsetOf, lineColumn } from '../../io/jsonPosition.js';
import type { ShardOutput } from '../../io/readShardOutput.js';
import type { RunIdentity } from '../../io/RunIdentity.js';

/** Who checks, for the messages: `claimsim merge` and how to fix (`merge the shards i/n of one run`). */
export interface RunChecker {
  readonly command: string;
  readonly fix: string;
}

/** The identity without the shard: what every shard of one run shares. */
function runKey(id: RunIdentity): string {
  return JSON.stringify({ ...id, shard: null });
}

/**
 * Refuses shards of different runs (claims, fault, seed, policy, population), and an incomplete
 * or repeated set: `claimsim merge` and `claimsim report` put together only every shard of one run.
 */
export function checkOneWholeRun(shards: readonly ShardOutput[], by: RunChecker): void {
  const first = shards[0]!;
  for (const s of shards.slice(1)) {
    if (runKey(s.identity) !== runKey(first.identity)) {
      const key = (Object.keys(s.identity) as (keyof RunIdentity)[]).find((k) => k !== 'shard' && JSON.stringify(s.identity[k]) !== JSON.stringify(first.identity[k]))!;
      const { line, column } = lineColumn(s.identityText, jsonOffsetOf(s.identityText, [key]));
      throw new InputError(`${s.identityFile}:${line}:${column}: is of another run than ${first.identityFile}: ${key} ${JSON.stringify(s.identity[key])} vs ${JSON.stringify(first.identity[key])} (${by.fix})`);
    }
  }
  if (shards.length === 1 && first.identity.shard === null) return;
  const count = first.identity.shard?.count;
  const seen = new Map<number, string>();
  for (const s of shards) {
    if (!s.identity.shard || s.identity.shard.count !== count) {
      throw new InputError(`${s.identityFile}:1:1: is ${s.identity.shard ? `shard ${s.identity.shard.index}/${s.identity.shard.count}` : 'a whole run'}, not a shard of ${count ?? 'a set'} like ${first.identityFile} (${by.fix})`);
    }
    const twice = seen.get(s.identity.shard.index);
    if (twice) throw new InputError(`${s.identityFile}:1:1: shard ${s.identity.shard.index}/${count} is given twice (also ${twice}); give each shard once`);
    seen.set(s.identity.shard.index, s.identityFile);
  }
  const missing = Array.from({ length: count! }, (_, i) => i + 1).filter((i) => !seen.has(i));
  if (missing.length) {
    throw new InputError(
      `${by.command}: shard${missing.length > 1 ? 's' : ''} ${missing.map((i) => `${i}/${count}`).join(', ')} of the run in ${first.folder} ${missing.length > 1 ? 'are' : 'is'} missing (${by.fix.replace(/^(\w+) the shards i\/n of one run$/, '$1 every shard of the run')}; a part of a set is not the whole run)`,
    );
  }
  const total = shards.reduce((n, s) => n + s.summary.claims, 0);
  if (total !== first.identity.claims && !shards.some((s) => s.summary.partial)) {
    throw new InputError(`${by.command}: the shards hold ${formatCount(total)} claims, not the run's ${formatCount(first.identity.claims)} (${first.identityFile})`);
  }
}
