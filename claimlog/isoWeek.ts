import { civilFromDays, daysFromCivil } from '../engine/index.js';

/** The ISO 8601 week of a day number: `2024-W32` (weeks start on Monday; week 1 holds the year's first Thursday). */
export function isoWeek(day: number): string {
  // Day 0 (1970-01-01) was a Thursday: Monday is 0.
  const weekday = (((day + 3) % 7) + 7) % 7;
  const thursday = day - weekday + 3;
  const year = civilFromDays(thursday).year;
  const week = Math.floor((thursday - daysFromCivil(year, 1, 1)) / 7) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}
