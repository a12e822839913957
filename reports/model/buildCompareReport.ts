import { ALL_POLICY_KEYS, type Policy } from '../../engine/index.js';
import type { Summary } from '../../generators/Summary.js';
import type { PopulationChange } from '../../generators/population/populationDifferences.js';
import { FINAL_OUTCOMES, type FinalOutcome } from '../../engine/finalOutcomes.js';
import { clusteredShare } from '../stats/clusteredShare.js';
import { holmFlags } from '../stats/holmFlags.js';
import { isSignificant } from '../stats/isSignificant.js';
import { outcomeCells } from '../stats/outcomeCells.js';
import { pairedCells } from '../stats/pairedCells.js';
import { pairedScoreDifference } from '../stats/pairedScoreDifference.js';
import { unpairedScoreDifference } from '../stats/unpairedScoreDifference.js';
import { replicationDifference } from '../stats/replicationDifference.js';
import { round, rounded } from '../stats/rounded.js';
import { buildSimulationReport } from './buildSimulationReport.js';
import type { ComparePairing, CompareReport, ParameterDifference } from './CompareReport.js';
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
  /** The variant's sellers per claim, when its claims may draw other sellers (unpaired arms); default `sellers`. */
  readonly variantSellers?: Uint32Array;
}

/** The outcome that decides a comparison's verdict unless --primary names another. */
export const DEFAULT_PRIMARY: FinalOutcome = 'withdrawnByAcceptance';

/** How a comparison reads its arms. */
export interface CompareView {
  /** The deciding outcome (default DEFAULT_PRIMARY). */
  readonly primary?: FinalOutcome;
  /** `unpaired` when the arms' claims do not pair (default: unpaired when the populations list profiles in another order, else paired). */
  readonly pairing?: ComparePairing;
  /** The arms are one population and policy on independent random streams: an A/A check. */
  readonly aa?: boolean;
}

/**
 * The report model of a comparison of two arms (policies, populations or both; `populationChanges`
 * says what differs in the population): for each outcome the baseline and variant shares,
 * the difference over every claim of every replication with its 95% score interval (paired:
 * pairedScoreDifference; unpaired: unpairedScoreDifference), whether it is significant on its
 * own (isSignificant) and flagged (the primary outcome at 95%; the others, once the primary
 * changed, by Holm's procedure at a family-wise 5%), and the effect the run could detect;
 * counters per claim over the replications; and the per-claim transition table.
 */
export function buildCompareReport(pairs: readonly ReplicationPair[], populationChanges: readonly PopulationChange[] = [], options: CompareView = {}): CompareReport {
  const first = pairs[0];
  if (!first) throw new RangeError('a comparison needs at least one replication');
  const sameSeeds = pairs.every((p) => p.baseline.seed === p.variant.seed);
  // Arms on different seeds are compared only when asked to be (unpaired): else it is a mistake.
  // Profiles in another order draw differently: the same seeds do not pair the claims.
  const pairing: ComparePairing = options.pairing ?? (populationChanges.some((c) => c.order) ? 'unpaired' : 'paired');
  for (const p of pairs) {
    if ((pairing === 'paired' && p.baseline.seed !== p.variant.seed) || p.baseline.claims !== p.variant.claims) {
      throw new RangeError(`replication seed ${p.baseline.seed}: baseline and variant must run the same claims${pairing === 'paired' ? ' with the same seed' : ''}`);
    }
  }
  const primary = options.primary ?? DEFAULT_PRIMARY;
  const baseline = buildSimulationReport(pairs.map((p) => p.baseline));
  const variant = buildSimulationReport(pairs.map((p) => p.variant));
  const baselineRuns = pairs.map((p) => ({ seed: p.baseline.seed, outcomes: p.baselineOutcomes, sellers: p.sellers }));
  const variantRuns = pairs.map((p) => ({ seed: p.variant.seed, outcomes: p.variantOutcomes, sellers: p.variantSellers ?? p.sellers }));
  const cells = outcomeCells(baselineRuns, variantRuns, FINAL_OUTCOMES.length, pairing === 'paired');
  const estimates = pairing === 'paired' ? pairedCells(baselineRuns, variantRuns, FINAL_OUTCOMES.length).map(pairedScoreDifference) : cells.map(unpairedScoreDifference);
  const differences = estimates.map((e) => rounded(e.interval));
  const significant = differences.map(isSignificant);
  const p = FINAL_OUTCOMES.indexOf(primary);
  // The others are tested only once the primary changed (a fixed sequence: primary, then Holm on
  // the rest), so all the flags of one comparison are wrong together at most 5% of the time.
  const occurred = cells.map((list) => list.some((c) => c.sumA + c.sumB > 0));
  const { flagged: holm, adjusted } = holmFlags(estimates.map((e, i) => (i !== p && significant[p] && occurred[i] ? e.pValue : null)));
  const outcomes = FINAL_OUTCOMES.map((outcome, i) => {
    const e = estimates[i]!;
    return {
      outcome,
      baseline: rounded(clusteredShare(cells[i]!, 'a')),
      variant: rounded(clusteredShare(cells[i]!, 'b')),
      difference: differences[i]!,
      significant: significant[i]!,
      pValue: round(e.pValue, 8),
      adjustedP: adjusted[i] === null ? null : round(adjusted[i]!, 8),
      flagged: i === p ? significant[i]! : holm[i] === true,
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
    variantSeeds: sameSeeds ? null : pairs.map((p) => p.variant.seed),
    aa: options.aa === true,
    pairing,
    primary,
    claims: pairs.map((p) => p.baseline.claims),
    clusters: Math.max(...estimates.map((e) => e.clusters)),
    detectable: runDetectable(outcomes),
    changes: parameterDifferences(first.baseline.policy, first.variant.policy),
    populationChanges,
    outcomes,
    counters,
    transitions: transitionTable(pairs.map((p) => ({ baseline: p.baselineOutcomes, variant: p.variantOutcomes }))),
    baseline,
    variant,
  };
}

/**
 * The run's detectable effect: the largest over the outcomes that occurred in either arm;
 * when none did, the largest over all (nothing moved: the score interval's width is all there is).
 */
function runDetectable(outcomes: readonly { readonly baseline: { readonly estimate: number }; readonly variant: { readonly estimate: number }; readonly detectable: number }[]): number {
  const seen = outcomes.filter((o) => o.baseline.estimate > 0 || o.variant.estimate > 0);
  return Math.max(0, ...(seen.length > 0 ? seen : outcomes).map((o) => o.detectable));
}

/** The policy parameters that differ, in rules.md's order. */
export function parameterDifferences(baseline: Policy, variant: Policy): ParameterDifference[] {
  return ALL_POLICY_KEYS.filter((k) => JSON.stringify(baseline[k]) !== JSON.stringify(variant[k])).map((key) => ({
    key,
    baseline: baseline[key],
    variant: variant[key],
  }));
}
