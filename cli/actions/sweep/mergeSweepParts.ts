import { sweepFromParts, sweepOfPart } from '../../../reports/index.js';
import type { SweepPart } from '../../../reports/model/SweepPart.js';
import { mergeShardParts } from '../shared/mergeShardParts.js';

/**
 * The whole sweep from its parts (each read through sweepPartSchema): every shard of one sweep
 * once (mergeShardParts, as for every sharded command), then its grid's runs put back together
 * (reports/model/sweepFromParts.ts). What is wrong is one line.
 */
export function mergeSweepParts(parts: readonly SweepPart[]): ReturnType<typeof sweepFromParts> {
  const sorted = mergeShardParts(parts, 'sweep-part', 2, { sameRun: sweepOfPart, run: 'sweep', differ: 'population, claims, policy, parameters or seeds' });
  return 'error' in sorted ? sorted : sweepFromParts(sorted);
}
