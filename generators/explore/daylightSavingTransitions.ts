import { type Instant, MS_PER_DAY, calendarFor, daysFromCivil } from '../../engine/index.js';

/**
 * The instants in years `from` … `to` (inclusive, UTC) at which the zone's offset from UTC
 * changes (daylight saving starts or ends, or the zone's standard offset moves): each is the
 * first instant under the new offset. Found by comparing the offset a day apart, then
 * halving the day to the millisecond. Empty for a zone with no change in those years.
 */
export function daylightSavingTransitions(zone: string, from: number, to: number): Instant[] {
  const cal = calendarFor(zone);
  const out: Instant[] = [];
  const end = daysFromCivil(to + 1, 1, 1) * MS_PER_DAY;
  let t = daysFromCivil(from, 1, 1) * MS_PER_DAY;
  let offset = cal.offsetAt(t);
  while (t < end) {
    const next = Math.min(t + MS_PER_DAY, end);
    const nextOffset = cal.offsetAt(next);
    if (nextOffset !== offset) {
      let lo = t, hi = next;
      while (hi - lo > 1) {
        const mid = Math.floor((lo + hi) / 2);
        if (cal.offsetAt(mid) === offset) lo = mid;
        else hi = mid;
      }
      out.push(hi);
    }
    t = next;
    offset = nextOffset;
  }
  return out;
}
