import type { StateView } from '../../../engine/index.js';

/** A deep copy of what a state view shows: claims, board rows and buyer counters (to compare before and after). */
export function snapshotOf(state: StateView): unknown {
  return structuredClone({
    claims: [...state.claims()],
    board: new Map(state.board()),
    pendingWithdrawals: new Map(state.pendingCounters()),
  });
}
