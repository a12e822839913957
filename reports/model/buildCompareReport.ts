import { POLICY_KEYS, type Policy } from '../../engine/index.js';
import { FINAL_OUTCOMES, type Summary } from '../../generators/Summary.js';
import { excludesZero, type Interval } from '../stats/Interval.js';
import { pairedDifference } from '../stats/pairedDifference.js';
import { rounded } from '../stats/rounded.js';
import { buildSimulationReport } from './buildSimulationReport.js';
import type { CompareReport, PolicyChange } from './CompareReport.js';
import { counterOf } from './counterOf.js';
import { COUNTER_NAMES } from './SimulationReport.js';
import { transitionTable } from './TransitionTable.js';

/** One replication run under both policies with the same seed (common random numbers). */
export interface ReplicationPair {
  readonly baseline: Summary;
  readonly variant: Summary;
  /** Per claim, an index into FINAL_OUTCOMES (needed for the transition table). */
  readonly baselineOutcomes: Uint8Array;
  readonly variantOutcomes: Uint8Array;
}

/**
 * The report model of a policy comparison: for each outcome the baseline and variant shares,
 * the paired difference with its 95% interval and whether it is significant; counters per
 * claim likewise; and the per-claim transition table.
 */
export function buildCompareReport(pairs: readonly ReplicationPair[]): CompareReport {
  const first = pairs[0];
  if (!first) throw new RangeError('a comparison needs at least one replication');
  for (const p of pairs) {
    if (p.baseline.seed !== p.variant.seed || p.baseline.claims !== p.variant.claims) {
      throw new RangeError(`replication seed ${p.baseline.seed}: baseline and variant must run the same claims with the same seed`);
    }
  }
  const baseline = buildSimulationReport(pairs.map((p) => p.baseline));
  const variant = buildSimulationReport(pairs.map((p) => p.variant));
  const share = (s: Summary, i: number) => (s.claims > 0 ? (s.outcomes[FINAL_OUTCOMES[i]!] ?? 0) / s.claims : 0);
  const outcomes = FINAL_OUTCOMES.map((outcome, i) => {
    const difference = rounded(
      pairedDifference(
        pairs.map((p) => share(p.baseline, i)),
        pairs.map((p) => share(p.variant, i)),
        { baseline: first.baselineOutcomes, variant: first.variantOutcomes, outcome: i },
      ),
    );
    return { outcome, baseline: baseline.outcomes[i]!.share, variant: variant.outcomes[i]!.share, difference, significant: significant(difference) };
  });
  const counters = COUNTER_NAMES.map((name, i) => {
    const perClaim = (s: Summary) => (s.claims > 0 ? counterOf(s, name) / s.claims : 0);
    const difference = rounded(pairedDifference(pairs.map((p) => perClaim(p.baseline)), pairs.map((p) => perClaim(p.variant))));
    return { name, baseline: baseline.counters[i]!.perClaim, variant: variant.counters[i]!.perClaim, difference, significant: significant(difference) };
  });
  return {
    kind: 'compare',
    population: first.baseline.population,
    seeds: pairs.map((p) => p.baseline.seed),
    claims: pairs.map((p) => p.baseline.claims),
    changes: policyChanges(first.baseline.policy, first.variant.policy),
    outcomes,
    counters,
    transitions: transitionTable(pairs.map((p) => ({ baseline: p.baselineOutcomes, variant: p.variantOutcomes }))),
    baseline,
    variant,
  };
}

/** Significant: an interval estimated from spread that excludes 0 (a zero-width `none` interval says nothing). */
function significant(i: Interval): boolean {
  return i.method !== 'none' && excludesZero(i);
}

/** The policy parameters that differ, in rules.md's order. */
export function policyChanges(baseline: Policy, variant: Policy): PolicyChange[] {
  return POLICY_KEYS.filter((k) => JSON.stringify(baseline[k]) !== JSON.stringify(variant[k])).map((key) => ({
    key,
    baseline: baseline[key],
    variant: variant[key],
  }));
}
