import type { Calendar, Instant } from '../../engine/index.js';

/** An instant as a scenario would write it, in the zone: `2021-08-09T00:00`, seconds and ms only when set. */
export function formatInstant(t: Instant, calendar: Calendar): string {
  const full = calendar.formatLocal(t);
  if (full.endsWith(':00.000')) return full.slice(0, 16);
  if (full.endsWith('.000')) return full.slice(0, 19);
  return full;
}
