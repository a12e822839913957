import type { InternalRunOptions, RunOptions } from './RunOptions.js';

/** The first claim index a run holds and the step between its claims (shards and worker slices interleave). */
export function claimIndices(n: number, options: Pick<RunOptions, 'shard'> & Pick<InternalRunOptions, 'workerSlice' | 'only'>): { first: number; step: number } {
  if (options.only !== undefined) {
    if (!Number.isInteger(options.only) || options.only < 0 || options.only >= n) throw new Error(`claim index ${options.only} is not in 0..${n - 1}`);
    return { first: options.only, step: n };
  }
  const shard = options.shard ?? { index: 1, count: 1 };
  if (!Number.isInteger(shard.count) || shard.count < 1 || !Number.isInteger(shard.index) || shard.index < 1 || shard.index > shard.count) {
    throw new Error(`shard ${shard.index}/${shard.count} is not a shard (write i/n with 1 ≤ i ≤ n)`);
  }
  const slice = options.workerSlice ?? { index: 0, count: 1 };
  return { first: shard.index - 1 + shard.count * slice.index, step: shard.count * slice.count };
}
