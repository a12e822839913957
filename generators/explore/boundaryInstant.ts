import { BOUNDARY_PARAMETERS, type Calendar, type Instant, type Policy, policyInForce } from '../../engine/index.js';
import type { PolicyBoundary } from './PolicyBoundary.js';

/** Each parameter boundary's key (engine/parameters: the record that names it). */
const KEY_OF = new Map(BOUNDARY_PARAMETERS.map((b) => [b.name as PolicyBoundary, b.key]));

/** How many days a boundary counts from its anchor's date (the anchor's date is day 1; a dated change counts none). */
export function boundaryDays(policy: Policy, boundary: PolicyBoundary): number {
  if (boundary === 'midnight') return 1;
  if (boundary === 'policyChange') return 0;
  const key = KEY_OF.get(boundary);
  if (key === undefined) throw new Error(`unknown boundary ${String(boundary)}`);
  return policy[key];
}

/**
 * Where a boundary falls for an anchor event at `anchor`: 00:00 of the anchor's date + N in
 * the policy's zone (the first instant of that date where a daylight-saving change skips
 * midnight), N read from the policy in force at `countedAt` (default: the anchor; the window a
 * request was given). A `policyChange` boundary is the first of `changes` after the anchor (the
 * anchor itself when there is none). Computed from the policy, never from the engine's events,
 * so that a wrong rule is still aimed at the right instant.
 */
export function boundaryInstant(policy: Policy, cal: Calendar, boundary: PolicyBoundary, anchor: Instant, changes: readonly Instant[] = [], countedAt = anchor): Instant {
  if (boundary === 'policyChange') return changes.find((c) => c > anchor) ?? anchor;
  return cal.startOfDay(cal.dayOf(anchor) + boundaryDays(policyInForce(policy, countedAt), boundary));
}
