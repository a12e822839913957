import type { Policy } from './Policy.js';
import { calendarFor } from './calendarFor.js';
import type { Day } from './civil.js';
import { endOfWindow } from './dayCounting.js';
import type { Instant } from './Calendar.js';

/**
 * Extension of R6/R10 (policy `reminderDaysBeforeDeadline`, N): when the buyer of a request
 * with this deadline is reminded, or undefined when the policy sends no reminder. The
 * reminder falls exactly N days before the deadline runs out: 00:00 of deadline − N + 1,
 * the end of the window shortened by N days (so the buyer has N days left, the deadline
 * included). The policy keeps N below the window, so it is after the request's date.
 */
export function reminderInstant(deadline: Day, policy: Policy): Instant | undefined {
  const n = policy.reminderDaysBeforeDeadline;
  return n === null ? undefined : endOfWindow(calendarFor(policy.timezone), deadline - n);
}
