import type { Policy } from '../../engine/index.js';
import type { PopulationChange } from '../../generators/population/populationDifferences.js';
import type { FinalOutcome } from '../../engine/finalOutcomes.js';
import type { Interval } from '../stats/Interval.js';
import type { CounterName, SimulationReport } from './SimulationReport.js';
import type { TransitionTable } from './TransitionTable.js';

/** One outcome under both policies: shares, the paired difference variant − baseline, and whether it is significant. */
export interface OutcomeComparison {
  readonly outcome: FinalOutcome;
  /** The share under each policy over every claim of every replication, cluster-robust by seller (clusteredShare). */
  readonly baseline: Interval;
  readonly variant: Interval;
  /**
   * Its 95% score interval over the clusters (seller × replication): paired claims
   * (pairedScoreDifference) or, when the arms' claims are not paired, unpaired
   * (unpairedScoreDifference).
   */
  readonly difference: Interval;
  /** isSignificant: the 95% interval of the difference was estimated from spread and excludes 0 (each outcome on its own, unadjusted). */
  readonly significant: boolean;
  /** The two-sided p-value of "no difference" the interval agrees with (significant ⇔ pValue < 0.05). */
  readonly pValue: number;
  /**
   * The primary outcome: null. The others: their Holm-adjusted p-value when they were tested
   * (the primary changed beyond noise, and the outcome occurred in either arm), else null.
   */
  readonly adjustedP: number | null;
  /** What the report calls a change beyond noise: the primary when significant; another outcome when its Holm-adjusted p-value is under 0.05. */
  readonly flagged: boolean;
  /** The smallest true difference this run would find significant with 80% power (a share of all claims). */
  readonly detectable: number;
}

/** A counter per claim under both policies, with the paired difference. */
export interface CounterComparison {
  readonly name: CounterName;
  readonly baseline: number;
  readonly variant: number;
  readonly difference: Interval;
  readonly significant: boolean;
}

/** A policy parameter that differs between baseline and variant. */
export interface ParameterDifference {
  readonly key: keyof Policy;
  readonly baseline: unknown;
  readonly variant: unknown;
}

/** One outcome over draws of the fitted parameters (`compare --parameter-draws`). */
export interface DrawnOutcome {
  readonly outcome: FinalOutcome;
  /** Rubin's rules over the draws (pooledDraws): the 95% interval with the parameters' uncertainty included; with several models drawn, each model's so pooled and the models mixed by their weights (mixtureDraws). */
  readonly pooled: Interval;
  /** The mean within-draw variance and the variance between the draws' estimates (several models: Σ wₘ·Wₘ, and Σ wₘ·(1 + 1/Nₘ)·Bₘ plus the spread of the models' means). */
  readonly within: number;
  readonly between: number;
  /** Share of draws whose estimate moves the outcome the pooled estimate's way (several models: each model's share, weighed by its weight). */
  readonly sameWay: number;
  /** With several models drawn (ParameterDraws.models): the mean difference of each model's draws, in that order. */
  readonly byModel?: readonly number[];
  /** The models' draws move the outcome in opposite directions: the effect depends on a choice the log does not identify. */
  readonly dependsOnModel?: boolean;
}

/** `compare --parameter-draws N`: the comparison re-run over N draws of the population card's fitted parameters. */
export interface ParameterDraws {
  readonly draws: number;
  /** The seed of the draws (printed; the same seed gives the same draws). */
  readonly seed: number;
  /** The card's parameters drawn, by path. */
  readonly parameters: readonly string[];
  /** Each draw's replication seeds start here: draw d (from 1) runs seed + d × K + r. */
  readonly replications: number;
  /** When the card keeps alternatives to a choice the log does not identify: the options the draws took (`what: name`), and how many draws each. */
  readonly models?: readonly { readonly model: string; readonly draws: number }[];
  /** With models: the card's weight in joint models no completed draw took (each under 1%, or past what the draws allowed at 2 each); the mixture is over the others, renormalised. */
  readonly notDrawn?: number;
  readonly outcomes: readonly DrawnOutcome[];
}

/**
 * How the arms' claims are set side by side: `paired` (claim i of a replication ran in both
 * arms with the same random numbers, so claims pair), `unpaired` (the arms ran on
 * independent random streams, `--aa`, or their claims draw differently, as when profiles are
 * reordered: only the arms' shares are compared).
 */
export type ComparePairing = 'paired' | 'unpaired';

/**
 * The report model of `claimsim compare`: a baseline and a variant arm (a policy, a population or
 * both differ), claims paired by index with common random numbers, or unpaired (`pairing`).
 */
export interface CompareReport {
  readonly kind: 'compare';
  readonly population: string;
  /** The variant arm's population, when it is not the baseline's. */
  readonly variantPopulation: string | null;
  readonly seeds: readonly number[];
  /** The variant arm's seeds when they are not the baseline's (an A/A check on independent streams); else null. */
  readonly variantSeeds: readonly number[] | null;
  /** Whether the two arms are one population and policy run on independent random streams (`--aa`): a flag is then a false positive. */
  readonly aa: boolean;
  readonly pairing: ComparePairing;
  /** The outcome that decides the verdict at 95%; the others get Holm-adjusted flags, tested only when it changed. */
  readonly primary: FinalOutcome;
  /** Claims in each replication (the same under both policies). */
  readonly claims: readonly number[];
  /** Seller × replication clusters the outcome intervals rest on (G − 1 degrees of freedom). */
  readonly clusters: number;
  /** The run's detectable effect: the largest of the outcomes' (differences under it cannot be told from noise). */
  readonly detectable: number;
  readonly changes: readonly ParameterDifference[];
  /** The population values that differ between the arms (paths as --set takes them). */
  readonly populationChanges: readonly PopulationChange[];
  readonly outcomes: readonly OutcomeComparison[];
  readonly counters: readonly CounterComparison[];
  readonly transitions: TransitionTable;
  readonly baseline: SimulationReport;
  readonly variant: SimulationReport;
  /** With --parameter-draws: the comparison over draws of the fitted parameters. */
  readonly parameterDraws?: ParameterDraws;
}
