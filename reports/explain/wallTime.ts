import type { Calendar, Instant } from '../../engine/index.js';

/** An instant as wall time in the calendar's zone with its offset there: `2021-08-05 00:00:00.000 +09:00`. */
export function wallTime(t: Instant, calendar: Calendar): string {
  const offset = calendar.offsetAt(t) / 60_000;
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  const hh = String(Math.floor(abs / 60)).padStart(2, '0');
  const mm = String(abs % 60).padStart(2, '0');
  return `${calendar.formatLocal(t).replace('T', ' ')} ${sign}${hh}:${mm}`;
}
