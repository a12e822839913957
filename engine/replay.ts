import { type State, emptyState } from './State.js';
import { evolve } from './evolve.js';
import type { ClaimEvent } from './ClaimEvent.js';

/** Rebuilds a state by folding a log into an empty state (I10). */
export function replay(events: Iterable<ClaimEvent>): State {
  const state = emptyState();
  for (const e of events) evolve(state, e);
  return state;
}
