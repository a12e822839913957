import type { Policy } from '../../engine/index.js';
import { FINAL_OUTCOMES } from '../../engine/finalOutcomes.js';
import { firstParting } from './firstParting.js';
import { type ReRunClaim, simulatedTimeline } from './simulatedTimeline.js';
import type { TransitionExample } from '../model/TransitionExample.js';

/** Example claims per cell of the transition table: this many at most (64 cells: at most 192 pairs of timelines on the page). */
export const EXAMPLES_PER_CELL = 3;

/** One replication's outcomes under both policies (ReplicationPair's, with its seed). */
export interface OutcomePair {
  readonly seed: number;
  readonly baseline: Uint8Array;
  readonly variant: Uint8Array;
}

/**
 * Up to EXAMPLES_PER_CELL claims for each non-empty cell of the transition table, the first
 * ones met (replications in order, then claim index: the same run, the same examples), each
 * re-run alone under both policies with the point where their timelines part.
 */
export function transitionExamples(pairs: readonly OutcomePair[], o: { readonly rerun: ReRunClaim; readonly baseline: Policy; readonly variant: Policy; readonly rerunVariant?: ReRunClaim }): TransitionExample[] {
  const n = FINAL_OUTCOMES.length;
  const picked = new Map<number, { seed: number; index: number; claims: number }[]>();
  for (const p of pairs) {
    for (let i = 0; i < p.baseline.length; i++) {
      const b = p.baseline[i]!, v = p.variant[i]!;
      if (b >= n || v >= n) continue;
      const cell = picked.get(b * n + v) ?? [];
      if (cell.length < EXAMPLES_PER_CELL) picked.set(b * n + v, [...cell, { seed: p.seed, index: i, claims: p.baseline.length }]);
    }
  }
  const examples: TransitionExample[] = [];
  for (const key of [...picked.keys()].sort((x, y) => x - y)) {
    for (const { seed, index, claims } of picked.get(key)!) {
      const baseline = simulatedTimeline(o.rerun(o.baseline, seed, claims, index), o.baseline);
      const variant = simulatedTimeline((o.rerunVariant ?? o.rerun)(o.variant, seed, claims, index), o.variant);
      examples.push({ from: FINAL_OUTCOMES[Math.floor(key / n)]!, to: FINAL_OUTCOMES[key % n]!, seed, claim: baseline.claim, baseline, variant, partsAt: firstParting(baseline, variant) });
    }
  }
  return examples;
}
