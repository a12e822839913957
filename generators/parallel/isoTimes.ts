import { type Calendar, type ClaimEvent, type Instant, formatDay } from '../../engine/index.js';

/** The event fields that hold an instant (epoch milliseconds), and the one that holds a date. */
const INSTANT_KEYS = ['at', 'receivedAt', 'delayedFrom', 'timeoutAt', 'cooldownUntil', 'orderedAt', 'shippedAt'] as const;

/** `2024-04-01T09:00:00.000+09:00`: the instant's wall time in the zone, with the zone's offset then. */
export function isoInstant(t: Instant, calendar: Calendar): string {
  const offset = calendar.offsetAt(t);
  const sign = offset < 0 ? '-' : '+';
  const minutes = Math.round(Math.abs(offset) / 60_000);
  const hh = String(Math.floor(minutes / 60)).padStart(2, '0');
  const mm = String(minutes % 60).padStart(2, '0');
  return `${calendar.formatLocal(t)}${sign}${hh}:${mm}`;
}

/**
 * The event's instants as ISO 8601 in the policy's zone, keyed like the event's own fields
 * (`deadline`, a date, as `YYYY-MM-DD`): what the events file writes beside the epoch milliseconds.
 */
export function isoTimesOf(e: ClaimEvent, calendar: Calendar): Record<string, string> {
  const out: Record<string, string> = {};
  const fields = e as unknown as Record<string, unknown>;
  for (const key of INSTANT_KEYS) {
    const v = fields[key];
    if (typeof v === 'number') out[key] = isoInstant(v, calendar);
  }
  if (e.kind === 'WithdrawalRequested') out.deadline = formatDay(e.deadline);
  return out;
}
