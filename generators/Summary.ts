import type { EventKind, Policy, RefusalCode } from '../engine/index.js';
import type { FinalOutcome } from '../engine/finalOutcomes.js';
import type { CalibrationCard } from './population/calibrationSchema.js';
import type { Shard } from '../input/Shard.js';

// How one claim ended: the vocabulary lives with the rules, where the reports read it too.
export { FINAL_OUTCOMES, type FinalOutcome } from '../engine/finalOutcomes.js';

/**
 * A distribution of durations in days. Mergeable exactly: the histogram has fixed bins of
 * 1/8 day (3 hours) from 0, and the total is kept in whole seconds, so summaries of shards
 * or workers add up to the very same bytes as one run; percentiles are read off the bins
 * (linear within a bin), the mean from the exact total.
 */
export interface Distribution {
  count: number;
  mean: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
  /** Histogram: `counts[i]` claims took [edges[i], edges[i+1]) days. */
  edges: number[];
  counts: number[];
  /** The exact total, in whole seconds (what the mean is computed from; what merges add). */
  sumSeconds: number;
}

/** One invariant violation, as the checker reports it (engine/invariants). */
export interface ViolationRecord {
  invariant: string;
  /** The claim's id ('' for a violation about no single claim). */
  claim: string;
  at: number;
  message: string;
  /** The regression scenario written for it, if any (path relative to the output folder). */
  scenario?: string;
}

/** What `claimsim simulate` writes to summary.json (stable key order when serialised). */
export interface Summary {
  version: 1;
  /** The population's name (not its path, so that the bytes do not depend on how it was named). */
  population: string;
  seed: number;
  policy: Policy;
  claims: number;
  partial: boolean;
  shard: Shard | null;
  horizon: { start: string; end: string };
  outcomes: Record<FinalOutcome, number>;
  /** Only under a policy with dated changes: outcomes by the period the first request was made in. */
  periods?: PeriodOutcomes[];
  escalatedToSupport: number;
  /** Days from claim receipt to withdrawal / completion, per outcome. */
  timeToResolution: Partial<Record<FinalOutcome, Distribution>>;
  /** Claims by number of re-requests made ("0", "1", ...). */
  reRequests: Record<string, number>;
  requests: number;
  cooldownRefusals: number;
  delayedClaims: number;
  piiWarnings: number;
  memos: number;
  events: number;
  eventCounts: Partial<Record<EventKind, number>>;
  refusalCounts: Partial<Record<RefusalCode, number>>;
  invariantViolations: {
    total: number;
    byInvariant: Record<string, number>;
    /** Up to EXAMPLES_PER_INVARIANT per invariant, the lowest claim indices first. */
    examples: ViolationRecord[];
  };
  /** Only for a population with a `calibration:` card (claimsim calibrate): the card, as written, for the reports. */
  calibration?: CalibrationCard;
}

/** The claims whose first request fell between two dated changes (null: the run's start or end), by final outcome. */
export interface PeriodOutcomes {
  from: string | null;
  until: string | null;
  requested: number;
  outcomes: Record<FinalOutcome, number>;
}

/** How many violations of each invariant the summary keeps as examples. */
export const EXAMPLES_PER_INVARIANT = 5;
