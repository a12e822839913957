import type { Summary } from '../Summary.js';
import { summaryOf, tallyOf } from './summaryOf.js';

/**
 * The summary of disjoint parts of one run (checked to be of the same run), labelled
 * with `shard`: the figures add up exactly, so the bytes are those of the whole.
 */
export function mergeSummaryParts(parts: readonly Summary[], shard: Summary['shard']): Summary {
  if (parts.length === 0) throw new Error('nothing to merge: give at least one summary');
  const first = parts[0]!;
  for (const p of parts) {
    for (const key of ['population', 'seed', 'version'] as const) {
      if (p[key] !== first[key]) throw new Error(`cannot merge summaries of different runs: ${key} ${JSON.stringify(first[key])} vs ${JSON.stringify(p[key])}`);
    }
    if (JSON.stringify(p.policy) !== JSON.stringify(first.policy)) throw new Error('cannot merge summaries run under different policies');
    if (p.horizon.start !== first.horizon.start) throw new Error(`cannot merge summaries with different horizons (${first.horizon.start} vs ${p.horizon.start})`);
  }
  const tally = tallyOf(first);
  for (const p of parts.slice(1)) tally.merge(tallyOf(p));
  return summaryOf(tally, {
    population: first.population,
    seed: first.seed,
    policy: first.policy,
    partial: parts.some((p) => p.partial),
    shard,
    // A part stopped early ends the merged run where the earliest part stopped.
    horizon: { start: first.horizon.start, end: parts.map((p) => p.horizon.end).sort()[0]! },
    ...(first.calibration ? { calibration: first.calibration } : {}),
  });
}
