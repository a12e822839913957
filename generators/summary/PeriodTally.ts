import type { Instant } from '../../engine/index.js';
import { FINAL_OUTCOMES, type FinalOutcome } from '../Summary.js';

/**
 * Outcomes split by the policy's dated changes (docs/reports.md, periods): each claim a
 * withdrawal was requested on counts in the period its first request was made in, with its
 * final outcome. Period 0 runs until the first change, period k from the k-th change on.
 * Only a run under a policy with changes keeps one.
 */
export class PeriodTally {
  /** Per period, the claims whose first request fell in it, by final outcome. */
  readonly outcomes: Record<FinalOutcome, number>[];
  /** Claims requested and not yet finished: their period. */
  private readonly pending = new Map<number, number>();

  constructor(readonly starts: readonly Instant[]) {
    this.outcomes = Array.from({ length: starts.length + 1 }, () => Object.fromEntries(FINAL_OUTCOMES.map((o) => [o, 0])) as Record<FinalOutcome, number>);
  }

  /** A request on claim `index` at `at`: the claim's period, if it has none yet (a re-request keeps the first one's). */
  requested(index: number, at: Instant): void {
    if (this.pending.has(index)) return;
    let k = this.starts.length;
    while (k > 0 && at < this.starts[k - 1]!) k--;
    this.pending.set(index, k);
  }

  /** Claim `index` finished with `outcome`: counted in its period when it was requested. */
  finished(index: number, outcome: FinalOutcome): void {
    const k = this.pending.get(index);
    if (k === undefined) return;
    this.pending.delete(index);
    this.outcomes[k]![outcome]++;
  }

  /** this += other (the same changes). */
  merge(other: PeriodTally): void {
    other.outcomes.forEach((counts, k) => {
      for (const o of FINAL_OUTCOMES) this.outcomes[k]![o] += counts[o];
    });
  }
}
