import type { Instant } from '../Calendar.js';
import { calendarFor } from '../calendarFor.js';
import { type DateParts, parseDateText } from '../parseDateText.js';
import type { Policy } from '../Policy.js';
import { toInstant } from '../toInstant.js';
import { DayCounting } from './DayCounting.js';

/** One dated change as the checker reads it: when, and the parameters before and after. */
export interface CheckerChange {
  readonly at: Instant;
  readonly before: Policy;
  readonly after: Policy;
  readonly daysBefore: DayCounting;
  readonly daysAfter: DayCounting;
}

/**
 * The checker's own reading of a policy's dated changes (docs/rules.md, dated changes): which
 * parameters are in force at an instant, and how days are counted then. It reads the written
 * `changes` itself (only the date parsing and the calendar are shared with the engine), so that
 * a change applied at the wrong instant, or not at all, disagrees with it.
 */
export class CheckerDatedChanges {
  readonly changes: readonly CheckerChange[];
  private readonly first: { readonly policy: Policy; readonly days: DayCounting };
  /** R10a, R15a: whether open requests are re-timed and cooldowns in force recomputed at a change. */
  readonly retimesDeadlines: boolean;
  readonly recomputesCooldowns: boolean;

  constructor(policy: Policy) {
    const calendar = calendarFor(policy.timezone);
    this.first = { policy, days: new DayCounting(policy) };
    const changes: CheckerChange[] = [];
    let before = policy;
    let daysBefore = this.first.days;
    for (const change of policy.changes ?? []) {
      const after = { ...before, ...change.set } as Policy;
      const daysAfter = new DayCounting(after);
      changes.push({ at: toInstant(parseDateText(change.at) as DateParts, calendar), before, after, daysBefore, daysAfter });
      before = after;
      daysBefore = daysAfter;
    }
    this.changes = changes;
    this.retimesDeadlines = policy.inFlightDeadlines === 'retime';
    this.recomputesCooldowns = policy.inFlightCooldowns === 'recompute';
  }

  /** The parameters in force at `t`: those of the latest change at or before t. */
  policyAt(t: Instant): Policy {
    const c = this.latestAt(t);
    return c === undefined ? this.first.policy : c.after;
  }

  /** Day counting with the windows and cooldowns in force at `t`. */
  daysAt(t: Instant): DayCounting {
    const c = this.latestAt(t);
    return c === undefined ? this.first.days : c.daysAfter;
  }

  private latestAt(t: Instant): CheckerChange | undefined {
    for (let k = this.changes.length - 1; k >= 0; k--) if (this.changes[k]!.at <= t) return this.changes[k];
    return undefined;
  }
}
