import type { Calendar, Instant } from './Calendar.js';
import { MS_PER_DAY, daysFromCivil } from './civil.js';
import type { DateParts } from './parseDateText.js';

/**
 * The instant of a written date: with an offset, exactly that; otherwise a wall-clock time in
 * the calendar's zone, and a date alone is the first instant of that date (rules.md, day counting).
 * Scenario dates and the dates of policy changes are read alike.
 */
export function toInstant(parts: DateParts, calendar: Calendar): Instant {
  const day = daysFromCivil(parts.year, parts.month, parts.day);
  const msOfDay = parts.msOfDay ?? 0;
  if (parts.offsetMs !== null) return day * MS_PER_DAY + msOfDay - parts.offsetMs;
  return parts.msOfDay === null ? calendar.startOfDay(day) : calendar.atWallTime(day, msOfDay);
}
