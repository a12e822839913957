import { type Calendar, type Instant, MS_PER_HOUR, MS_PER_MINUTE } from '../../engine/index.js';

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
