import { type Instant, calendarFor, daysFromCivil } from '../../engine/index.js';
import type { ExploreTarget } from './ExploreTarget.js';
import { daylightSavingTransitions } from './daylightSavingTransitions.js';

/** The years searched for daylight-saving transitions (UTC years, inclusive). */
export const DST_YEARS = { from: 2024, to: 2026 } as const;

/**
 * The instants cases start around: 00:00 of 2021-07-29 in the policy's zone (the manual's
 * own example, an ordinary day), each policy change instant, and each daylight-saving
 * transition of the zone in DST_YEARS. Sorted, without repeats.
 */
export function startAnchors(target: ExploreTarget): Instant[] {
  const zone = target.policy.timezone;
  const ordinary = calendarFor(zone).startOfDay(daysFromCivil(2021, 7, 29));
  const all = new Set<Instant>([ordinary, ...target.changes, ...daylightSavingTransitions(zone, DST_YEARS.from, DST_YEARS.to)]);
  return [...all].sort((a, b) => a - b);
}
