import { BOARD_ROWS, type StateView, WITHDRAWAL_ON_HOLD, WITHDRAWAL_REQUESTED } from '../../../engine/index.js';

/** The board recounted from the claims themselves (I8's other side), every row present. */
export function recountBoard(state: StateView): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const row of BOARD_ROWS) counts[row] = 0;
  for (const c of state.claims()) {
    counts[c.status] = (counts[c.status] ?? 0) + 1;
    if (c.withdrawal === 'requested') counts[WITHDRAWAL_REQUESTED]! += 1;
    if (c.withdrawal === 'on_hold') counts[WITHDRAWAL_ON_HOLD]! += 1;
  }
  return counts;
}
