import type { Calendar } from '../engine/index.js';

/**
 * An instant as ISO 8601 in the calendar's zone with its offset, as short as it stays exact:
 * `2024-08-11T00:00+09:00`, `2024-08-12T10:02:05+09:00`, `…T10:02:05.250+09:00`.
 */
export function formatInstant(t: number, calendar: Calendar, full = false): string {
  const offset = calendar.offsetAt(t);
  const minutes = Math.round(Math.abs(offset) / 60_000);
  const zone = `${offset < 0 ? '-' : '+'}${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
  let local = calendar.formatLocal(t);
  if (!full) {
    if (local.endsWith(':00.000')) local = local.slice(0, -7);
    else if (local.endsWith('.000')) local = local.slice(0, -4);
  }
  return `${local}${zone}`;
}
