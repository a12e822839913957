import { replay } from '../replay.js';
import type { State } from '../State.js';
import type { ClaimEvent } from '../ClaimEvent.js';
import { RECENT_EVENTS } from './ClaimRecord.js';
import { diffValues } from './diffValues.js';
import type { Violation } from './Violation.js';
import { invariant } from './Invariant.js';

/**
 * I10: replaying the log into an empty state rebuilds `state` exactly (deep equality, Map
 * order aside). Meant for runs that kept their whole log and evicted nothing. Reports up to
 * ten differences, each with the claim concerned and its latest events in the log.
 */
export function checkReplay(log: readonly ClaimEvent[], state: State): Violation<'I10'>[] {
  const rebuilt = replay(log);
  const end = log.length > 0 ? log[log.length - 1]!.at : 0;
  return diffValues(readable(rebuilt), readable(state)).map((d) => {
    const claim = d.path[0] === 'claims' && d.path[1] !== undefined ? d.path[1] : null;
    const events = claim === null ? [] : latestEventsOf(log, claim);
    return {
      invariant: 'I10',
      claim,
      at: events.length > 0 ? events[events.length - 1]!.at : end,
      message: `state.${d.path.join('.')}: replaying the log gives ${show(d.expected)}, the state holds ${show(d.actual)}`,
      events,
    };
  });
}

/** The state with its claims and orders as `Map`s of objects, so that a difference names the claim or order and the field. */
function readable(state: State): unknown {
  return { ...state, claims: new Map(state.claims.entries()), orders: new Map(state.orders.entries()) };
}

function latestEventsOf(log: readonly ClaimEvent[], claim: string): ClaimEvent[] {
  const out: ClaimEvent[] = [];
  for (let i = log.length - 1; i >= 0 && out.length < RECENT_EVENTS; i--) {
    const e = log[i]!;
    if (e.kind !== 'OrderPlaced' && e.claim === claim) out.push(e);
  }
  return out.reverse();
}

function show(x: unknown): string {
  if (x === undefined) return 'nothing';
  if (x instanceof Map) return `a map of ${x.size}`;
  return JSON.stringify(x) ?? String(x);
}

/** I10 is judged over a whole log by `checkReplay`, apart from the event-by-event checker: no hook. */
export const replayInvariant = invariant({ ids: ['I10'] });
