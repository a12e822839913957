import type { Calendar, Instant } from './Calendar.js';
import { MS_PER_DAY, daysFromCivil, formatDay } from './civil.js';
import type { DateParts } from './parseDateText.js';

/**
 * The instant of a written date: with an offset, exactly that; otherwise a wall-clock time in
 * the calendar's zone, and a date alone is the first instant of that date (rules.md, day counting).
 * Scenario dates and the dates of policy changes are read alike. A wall-clock time that a
 * daylight-saving change skips moves forward by the gap (see `toExistingInstant` to refuse it).
 */
export function toInstant(parts: DateParts, calendar: Calendar): Instant {
  const day = daysFromCivil(parts.year, parts.month, parts.day);
  const msOfDay = parts.msOfDay ?? 0;
  if (parts.offsetMs !== null) return day * MS_PER_DAY + msOfDay - parts.offsetMs;
  return parts.msOfDay === null ? calendar.startOfDay(day) : calendar.atWallTime(day, msOfDay);
}

/**
 * Like `toInstant`, but a wall-clock time that the zone skips (a daylight-saving gap, such as
 * 02:30 on 2024-03-10 in America/New_York) is refused: the problem, naming the gap, with how to
 * fix it, in one line. A date alone (the first instant of the date) and a time with an offset
 * always exist. `text` is the date as written, to quote it.
 */
export function toExistingInstant(parts: DateParts, calendar: Calendar, text: string): Instant | string {
  if (parts.offsetMs !== null || parts.msOfDay === null) return toInstant(parts, calendar);
  const day = daysFromCivil(parts.year, parts.month, parts.day);
  const gap = calendar.gapAt(day, parts.msOfDay);
  if (gap === null) return calendar.atWallTime(day, parts.msOfDay);
  const resume = calendar.atWallTime(day, gap.to);
  const resumeText = `${formatDay(calendar.dayOf(resume))}T${clock(calendar.msOfDay(resume))}`;
  return (
    `${text} does not exist in ${calendar.timeZone}: on ${formatDay(day)} the clocks go from ${clock(gap.from)} straight to ${clock(gap.to)} ` +
    `(a daylight-saving gap); write a time outside the gap, such as ${resumeText} (when the clocks resume), or a time with an offset (${resumeText}${offsetText(calendar.offsetAt(resume))})`
  );
}

/** `HH:MM`, or `HH:MM:SS` when the seconds are not zero (a wall time of day, wrapped past midnight). */
function clock(ms: number): string {
  const t = ((ms % MS_PER_DAY) + MS_PER_DAY) % MS_PER_DAY;
  const p = (n: number) => String(n).padStart(2, '0');
  const h = Math.floor(t / 3_600_000), m = Math.floor((t % 3_600_000) / 60_000), s = Math.floor((t % 60_000) / 1000);
  return s === 0 ? `${p(h)}:${p(m)}` : `${p(h)}:${p(m)}:${p(s)}`;
}

/** `+09:00`, `-04:00`, `Z` for zero. */
function offsetText(ms: number): string {
  if (ms === 0) return 'Z';
  const a = Math.abs(ms) / 60_000;
  return `${ms < 0 ? '-' : '+'}${String(Math.floor(a / 60)).padStart(2, '0')}:${String(a % 60).padStart(2, '0')}`;
}
