import type { Instant } from '../Calendar.js';
import type { ClaimEvent } from '../ClaimEvent.js';
import type { Reporter } from './CheckerContext.js';
import { INVARIANT_IDS, type InvariantId, type Violation } from './types.js';

/** The violations a checker has found: the first `keep` in full, every one counted (a check's Reporter). */
export class ViolationLog implements Reporter<InvariantId> {
  readonly kept: Violation[] = [];
  readonly counts: Record<InvariantId, number>;
  total = 0;
  private readonly keep: number;

  constructor(keep: number) {
    this.keep = keep;
    this.counts = Object.fromEntries(INVARIANT_IDS.map((id) => [id, 0])) as Record<InvariantId, number>;
  }

  report(invariant: InvariantId, claim: string | null, at: Instant, message: string, events: readonly ClaimEvent[]): void {
    this.counts[invariant]++;
    this.total++;
    if (this.kept.length < this.keep) this.kept.push({ invariant, claim, at, message, events });
  }
}
