import { type Calendar, type Instant, MS_PER_DAY, MS_PER_HOUR, MS_PER_MINUTE, daysFromCivil } from '../../engine/index.js';
import type { DateParts } from '../schema/parseDateText.js';

/**
 * The instant of a scenario date: with an offset, exactly that; otherwise a wall-clock time in
 * the calendar's zone, and a date alone is the first instant of that date (rules.md, day counting).
 */
export function toInstant(parts: DateParts, calendar: Calendar): Instant {
  const day = daysFromCivil(parts.year, parts.month, parts.day);
  const msOfDay = parts.msOfDay ?? 0;
  if (parts.offsetMs !== null) return day * MS_PER_DAY + msOfDay - parts.offsetMs;
  return parts.msOfDay === null ? calendar.startOfDay(day) : calendar.atWallTime(day, msOfDay);
}

/** A duration as written: `days` move the calendar date keeping the wall-clock time; hours and minutes are elapsed. */
export interface Duration {
  readonly days?: number | undefined;
  readonly hours?: number | undefined;
  readonly minutes?: number | undefined;
}

/** `t` moved forward by `d` (docs/scenarios.md, `advance:`). */
export function addDuration(t: Instant, d: Duration, calendar: Calendar): Instant {
  let out = t;
  if (d.days) out = calendar.atWallTime(calendar.dayOf(t) + d.days, calendar.msOfDay(t));
  return out + (d.hours ?? 0) * MS_PER_HOUR + (d.minutes ?? 0) * MS_PER_MINUTE;
}

/** `7 days`, `1 day 3 hours`, `0 minutes`. */
export function durationText(d: Duration): string {
  const parts: string[] = [];
  for (const unit of ['days', 'hours', 'minutes'] as const) {
    const n = d[unit];
    if (n) parts.push(`${n} ${n === 1 ? unit.slice(0, -1) : unit}`);
  }
  return parts.length ? parts.join(' ') : '0 minutes';
}
