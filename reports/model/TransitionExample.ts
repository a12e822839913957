import type { FinalOutcome } from '../../engine/finalOutcomes.js';
import type { ClaimTimeline } from './ClaimTimeline.js';

/** A claim of a transition-table cell, under both policies: what the baseline and the variant made of it. */
export interface TransitionExample {
  readonly from: FinalOutcome;
  readonly to: FinalOutcome;
  /** The replication's seed and the claim (re-run alone under each policy). */
  readonly seed: number;
  readonly claim: string;
  readonly baseline: ClaimTimeline;
  readonly variant: ClaimTimeline;
  /** The first entry where the two timelines part (firstParting), null when they never do. */
  readonly partsAt: number | null;
}

/** The anchor of a cell's examples in the compare page. */
export function exampleAnchor(from: FinalOutcome, to: FinalOutcome): string {
  return `examples-${from}-to-${to}`;
}
