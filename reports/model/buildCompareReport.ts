import { ALL_POLICY_KEYS, type Policy } from '../../engine/index.js';
import type { Summary } from '../../generators/Summary.js';
import type { PopulationChange } from '../../generators/population/populationDifferences.js';
import { FINAL_OUTCOMES } from '../../engine/finalOutcomes.js';
import { clusteredDifference } from '../stats/clusteredDifference.js';
import { clusteredShare } from '../stats/clusteredShare.js';
import { isSignificant } from '../stats/isSignificant.js';
import { outcomeCells } from '../stats/outcomeCells.js';
import { replicationDifference } from '../stats/replicationDifference.js';
import { round, rounded } from '../stats/rounded.js';
import { buildSimulationReport } from './buildSimulationReport.js';
import type { CompareReport, PolicyChange } from './CompareReport.js';
import { counterOf } from './counterOf.js';
import { COUNTER_NAMES } from './SimulationReport.js';
import { transitionTable } from './TransitionTable.js';

/** One replication run under both policies with the same seed (common random numbers). */
export interface ReplicationPair {
  readonly baseline: Summary;
  readonly variant: Summary;
  /** Per claim, an index into FINAL_OUTCOMES (the transition table and the intervals). */
  readonly baselineOutcomes: Uint8Array;
  readonly variantOutcomes: Uint8Array;
  /** Per claim, its seller (the clusters of the intervals; the same under both policies). */
  readonly sellers: Uint32Array;
}

/**
 * The report model of a comparison of two arms (policies, populations or both; `populationChanges`
 * says what differs in the population): for each outcome the baseline and variant shares,
 * the paired difference over every claim of every replication with its cluster-robust 95%
 * interval (clusteredDifference), whether it is significant (isSignificant) and the effect
 * the run could detect; counters per claim over the replications; and the per-claim
 * transition table.
 */
export function buildCompareReport(pairs: readonly ReplicationPair[], populationChanges: readonly PopulationChange[] = []): CompareReport {
  const first = pairs[0];
  if (!first) throw new RangeError('a comparison needs at least one replication');
  for (const p of pairs) {
    if (p.baseline.seed !== p.variant.seed || p.baseline.claims !== p.variant.claims) {
      throw new RangeError(`replication seed ${p.baseline.seed}: baseline and variant must run the same claims with the same seed`);
    }
  }
  const baseline = buildSimulationReport(pairs.map((p) => p.baseline));
  const variant = buildSimulationReport(pairs.map((p) => p.variant));
  const arm = (side: 'baselineOutcomes' | 'variantOutcomes') => pairs.map((p) => ({ seed: p.baseline.seed, outcomes: p[side], sellers: p.sellers }));
  const cells = outcomeCells(arm('baselineOutcomes'), arm('variantOutcomes'), FINAL_OUTCOMES.length);
  const estimates = cells.map(clusteredDifference);
  const outcomes = FINAL_OUTCOMES.map((outcome, i) => {
    const e = estimates[i]!;
    const difference = rounded(e.interval);
    return {
      outcome,
      baseline: rounded(clusteredShare(cells[i]!, 'a')),
      variant: rounded(clusteredShare(cells[i]!, 'b')),
      difference,
      significant: isSignificant(difference),
      detectable: round(e.detectable),
    };
  });
  const counters = COUNTER_NAMES.map((name, i) => {
    const perClaim = (s: Summary) => (s.claims > 0 ? counterOf(s, name) / s.claims : 0);
    const difference = rounded(replicationDifference(pairs.map((p) => perClaim(p.baseline)), pairs.map((p) => perClaim(p.variant))));
    return { name, baseline: baseline.counters[i]!.perClaim, variant: variant.counters[i]!.perClaim, difference, significant: isSignificant(difference) };
  });
  return {
    kind: 'compare',
    population: first.baseline.population,
    variantPopulation: first.variant.population !== first.baseline.population || populationChanges.length > 0 ? first.variant.population : null,
    seeds: pairs.map((p) => p.baseline.seed),
    claims: pairs.map((p) => p.baseline.claims),
    clusters: Math.max(...estimates.map((e) => e.clusters)),
    detectable: runDetectable(outcomes),
    changes: policyChanges(first.baseline.policy, first.variant.policy),
    populationChanges,
    outcomes,
    counters,
    transitions: transitionTable(pairs.map((p) => ({ baseline: p.baselineOutcomes, variant: p.variantOutcomes }))),
    baseline,
    variant,
  };
}

/**
 * The run's detectable effect: the largest over the outcomes whose difference had spread to
 * estimate from; when none had, the largest bound (nothing moved: the bound is all there is).
 */
function runDetectable(outcomes: readonly { readonly difference: { readonly method: string }; readonly detectable: number }[]): number {
  const spread = outcomes.filter((o) => o.difference.method === 'cluster');
  return Math.max(0, ...(spread.length > 0 ? spread : outcomes).map((o) => o.detectable));
}

/** The policy parameters that differ, in rules.md's order. */
export function policyChanges(baseline: Policy, variant: Policy): PolicyChange[] {
  return ALL_POLICY_KEYS.filter((k) => JSON.stringify(baseline[k]) !== JSON.stringify(variant[k])).map((key) => ({
    key,
    baseline: baseline[key],
    variant: variant[key],
  }));
}
