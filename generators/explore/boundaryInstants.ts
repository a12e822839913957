import { type Instant, type Policy, calendarFor } from '../../engine/index.js';
import { POLICY_BOUNDARIES } from './PolicyBoundary.js';
import { boundaryInstant } from './boundaryInstant.js';

/** The instants a case aims at around one boundary: the last millisecond before it, it, and the first after. */
export const BOUNDARY_OFFSETS = [-1, 0, 1] as const;
export type BoundaryOffset = (typeof BOUNDARY_OFFSETS)[number];

/**
 * Every boundary of the policy for an anchor event at `anchor`, at −1 ms, exactly and +1 ms,
 * sorted and without repeats (a cooldown of 0 days is the anchor's own date, no boundary).
 * With dated `changes`: the next change instant too, and each window and cooldown counted
 * from the anchor with the parameters of every later change (where a re-timed deadline or a
 * recomputed cooldown falls, R10a, R15a).
 */
export function boundaryInstants(policy: Policy, anchor: Instant, changes: readonly Instant[] = []): Instant[] {
  const cal = calendarFor(policy.timezone);
  const out = new Set<Instant>();
  const countedAt = [anchor, ...changes.filter((c) => c > anchor)];
  for (const b of POLICY_BOUNDARIES) {
    for (const t of countedAt) {
      const at = boundaryInstant(policy, cal, b, anchor, changes, t);
      if (at <= anchor) continue;
      for (const o of BOUNDARY_OFFSETS) out.add(at + o);
    }
  }
  return [...out].sort((a, b) => a - b);
}
