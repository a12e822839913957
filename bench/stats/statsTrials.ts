import { FINAL_OUTCOMES } from '../../engine/finalOutcomes.js';
import type { Population } from '../../generators/index.js';
import type { ClaimOutcomes } from '../../reports/stats/ClaimOutcomes.js';
import { clusteredDifference } from '../../reports/stats/clusteredDifference.js';
import { clusteredShare } from '../../reports/stats/clusteredShare.js';
import type { Interval } from '../../reports/stats/Interval.js';
import { isSignificant } from '../../reports/stats/isSignificant.js';
import { outcomeCells } from '../../reports/stats/outcomeCells.js';
import { wilsonInterval } from '../../reports/stats/wilsonInterval.js';
import { armOf } from './armOf.js';
import { knownShiftVariant } from './knownShiftVariant.js';
import { naiveDifference } from './naiveDifference.js';

/** What the A/A and known-shift trials found: counts for the cluster-robust interval and for the naive one. */
export interface TrialCounts {
  /** A/A: outcome tests (outcomes either arm ever ended with), and how many were flagged significant. */
  aaTests: number;
  aaFlagged: number;
  aaNaiveFlagged: number;
  /** Known shift: trials (runs where nobody had the shifted outcome), and how many intervals held the truth. */
  shiftTrials: number;
  shiftCovered: number;
  shiftNaiveCovered: number;
  /** Shares: intervals of one arm's share of an outcome, and how many held the pooled share of every run (the truth, to well within the intervals' width). */
  shareTrials: number;
  shareCovered: number;
  /** The same for the Wilson interval, which takes every claim as independent. */
  shareNaiveCovered: number;
  /** Intervals of zero width seen (a defect on random data). */
  zeroWidth: number;
}

/** The outcome the known-shift variant moves claims into (the small population never ends there). */
const SHIFTED = FINAL_OUTCOMES.indexOf('openAtEnd');

/**
 * `comparisons` A/A comparisons of the population under the default policy, each arm
 * `replications` runs of `claims` claims with seeds of its own; and on each first arm a
 * known-shift variant (knownShiftVariant) moving `shift` of the claims into an outcome
 * the run never had, so the true difference is exactly `shift`. Deterministic in `firstSeed`.
 */
export function statsTrials(o: {
  readonly population: Population;
  readonly comparisons: number;
  readonly claims: number;
  readonly replications: number;
  readonly shift: number;
  readonly firstSeed: number;
}): TrialCounts {
  const t: TrialCounts = { aaTests: 0, aaFlagged: 0, aaNaiveFlagged: 0, shiftTrials: 0, shiftCovered: 0, shiftNaiveCovered: 0, shareTrials: 0, shareCovered: 0, shareNaiveCovered: 0, zeroWidth: 0 };
  const shares: Interval[][] = FINAL_OUTCOMES.map(() => []);
  const naiveShares: Interval[][] = FINAL_OUTCOMES.map(() => []);
  const pooled = FINAL_OUTCOMES.map(() => 0);
  let pooledClaims = 0;
  const k = o.replications;
  const covers = (i: Interval) => i.low <= o.shift && o.shift <= i.high;
  for (let c = 0; c < o.comparisons; c++) {
    const seed = (j: number) => o.firstSeed + (2 * c + j) * k;
    const a = Array.from({ length: k }, (_, r) => armOf(o.population, seed(0) + r, o.claims));
    const b = Array.from({ length: k }, (_, r) => armOf(o.population, seed(1) + r, o.claims));
    const cells = outcomeCells(a, b, FINAL_OUTCOMES.length);
    for (const c of cells[0]!) pooledClaims += c.nA + c.nB;
    const all = (runs: readonly ClaimOutcomes[]) => concat(runs.map((r) => r.outcomes));
    FINAL_OUTCOMES.forEach((_, x) => {
      shares[x]!.push(clusteredShare(cells[x]!, 'a'));
      naiveShares[x]!.push(wilsonInterval(cells[x]!.reduce((s, c) => s + c.sumA, 0), cells[x]!.reduce((s, c) => s + c.nA, 0)));
      for (const c of cells[x]!) pooled[x] += c.sumA + c.sumB;
      if (!a.some((r) => r.outcomes.includes(x)) && !b.some((r) => r.outcomes.includes(x))) return;
      t.aaTests++;
      const i = clusteredDifference(cells[x]!).interval;
      if (i.high === i.low) t.zeroWidth++;
      if (isSignificant(i)) t.aaFlagged++;
      if (isSignificant(naiveDifference(all(a), all(b), x))) t.aaNaiveFlagged++;
    });
    if (a.some((r) => r.outcomes.includes(SHIFTED))) continue; // the truth is exact only when nobody had the outcome
    t.shiftTrials++;
    const v = a.map((r, j) => knownShiftVariant(r, SHIFTED, o.shift, o.firstSeed + 7 * c + j));
    const i = clusteredDifference(outcomeCells(a, v, FINAL_OUTCOMES.length)[SHIFTED]!).interval;
    if (i.high === i.low) t.zeroWidth++;
    if (covers(i)) t.shiftCovered++;
    if (covers(naiveDifference(all(a), all(v), SHIFTED))) t.shiftNaiveCovered++;
  }
  FINAL_OUTCOMES.forEach((_, x) => {
    const truth = pooled[x]! / pooledClaims;
    if (truth === 0) return; // an outcome no run ever had: nothing to cover
    const holds = (i: Interval) => i.low <= truth && truth <= i.high;
    t.shareTrials += shares[x]!.length;
    t.shareCovered += shares[x]!.filter(holds).length;
    t.shareNaiveCovered += naiveShares[x]!.filter(holds).length;
  });
  return t;
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
