import type { Calendar, Instant } from './Calendar.js';
import type { Day } from './civil.js';

/**
 * rules.md's day counting, in the policy's zone: a window of N days counted from an instant
 * on date D covers D … D+N−1 (D is day 1), and what follows it takes effect at 00:00 of D+N.
 * Every rule and the invariant checker count days through these three functions.
 */

/** 00:00 of the date `days` after the date of `from` (the end of an N-day window started at `from`). */
export function startOfDayAfter(calendar: Calendar, from: Instant, days: number): Instant {
  return calendar.startOfDay(calendar.dayOf(from) + days);
}

/** The last date of a window of `days` days started at `from` (its deadline date). */
export function lastDayOfWindow(calendar: Calendar, from: Instant, days: number): Day {
  return calendar.dayOf(from) + days - 1;
}

/** 00:00 of the date after `lastDay`: when a window ending on `lastDay` has run out. */
export function endOfWindow(calendar: Calendar, lastDay: Day): Instant {
  return calendar.startOfDay(lastDay + 1);
}
