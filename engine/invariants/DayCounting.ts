import type { Calendar, Instant } from '../Calendar.js';
import type { Policy } from '../Policy.js';
import { calendarFor } from '../calendarFor.js';
import type { Day } from '../civil.js';
import { endOfWindow, lastDayOfWindow, startOfDayAfter } from '../dayCounting.js';

/**
 * The checker's own reading of rules.md's day counting: a window of N days counted from an
 * event on date D covers D … D+N−1, and its consequence takes effect at 00:00 of D+N.
 * It shares no rule code with the engine; only the calendar and its day-counting primitives
 * (`dayCounting.ts`). Which window each rule opens, and from when, is read here again.
 */
export class DayCounting {
  readonly calendar: Calendar;
  private readonly window: number;
  private readonly rejectionDays: number;
  private readonly cancellationDays: number;
  private readonly reminderDays: number | null;

  constructor(policy: Policy) {
    this.calendar = calendarFor(policy.timezone);
    this.window = policy.responseWindowDays;
    this.rejectionDays = policy.rejectionCooldownDays;
    this.cancellationDays = policy.cancellationCooldownDays;
    this.reminderDays = policy.reminderDaysBeforeDeadline;
  }

  /**
   * I11 (reminder, an extension of R10): the buyer of a request with this deadline is reminded
   * N days before the request times out, at the same 00:00: 00:00 of deadline + 1 − N.
   * +Infinity when the policy sends no reminder.
   */
  reminderOf(deadline: Day): Instant {
    return this.reminderDays === null ? Number.POSITIVE_INFINITY : this.calendar.startOfDay(deadline + 1 - this.reminderDays);
  }

  /** I2 (R6, R11): the last date the buyer can answer a request made at `requestAt`. */
  deadlineOf(requestAt: Instant): Day {
    return lastDayOfWindow(this.calendar, requestAt, this.window);
  }

  /** I3 (R10): a request with this deadline times out at 00:00 of deadline+1. */
  timeoutOf(deadline: Day): Instant {
    return endOfWindow(this.calendar, deadline);
  }

  /** I5 (R12): the end of the cooldown a rejection at `at` starts, or null when there is none. */
  rejectionCooldownEnd(at: Instant): Instant | null {
    return this.windowEnd(at, this.rejectionDays);
  }

  /** I5 (R15): the end of the cooldown a cancellation at `at` starts, or null when there is none. */
  cancellationCooldownEnd(at: Instant): Instant | null {
    return this.windowEnd(at, this.cancellationDays);
  }

  private windowEnd(at: Instant, days: number): Instant | null {
    return days > 0 ? startOfDayAfter(this.calendar, at, days) : null;
  }
}
