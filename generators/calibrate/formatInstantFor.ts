import type { Calendar } from '../../engine/index.js';

/** An instant as 2024-04-01T09:00:00.000+09:00: milliseconds and the zone's offset at that instant. */
export function formatInstantFor(t: number, calendar: Calendar): string {
  const offsetMin = Math.round(calendar.offsetAt(t) / 60_000);
  const local = new Date(t + offsetMin * 60_000).toISOString().slice(0, 23);
  const a = Math.abs(offsetMin);
  return `${local}${offsetMin < 0 ? '-' : '+'}${String(Math.floor(a / 60)).padStart(2, '0')}:${String(a % 60).padStart(2, '0')}`;
}
