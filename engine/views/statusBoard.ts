import { CLAIM_STATUSES, CLAIM_TYPES, firstStatus } from '../claimTypes.js';
import { WITHDRAWAL_ON_HOLD, WITHDRAWAL_REQUESTED } from '../State.js';
import type { StateView } from '../StateView.js';
import type { Instant } from '../Calendar.js';
import { isDelayed } from './claimView.js';

export const BOARD_ROWS: readonly string[] = [...CLAIM_STATUSES, WITHDRAWAL_REQUESTED, WITHDRAWAL_ON_HOLD];

/** R17: counts per claim status and per open withdrawal state; R18: delayed claims per first status. */
export interface StatusBoard {
  readonly counts: Readonly<Record<string, number>>;
  readonly delayed: Readonly<Record<string, number>>;
}

/** The status board over the claims held, every row present (zero included). */
export function statusBoard(state: StateView, now: Instant): StatusBoard {
  const counts: Record<string, number> = {};
  for (const row of BOARD_ROWS) counts[row] = state.board().get(row) ?? 0;
  const delayed: Record<string, number> = {};
  for (const t of CLAIM_TYPES) delayed[firstStatus(t)] = 0;
  for (const claim of state.claims()) {
    if (isDelayed(claim, now)) delayed[claim.status] = (delayed[claim.status] ?? 0) + 1;
  }
  return { counts, delayed };
}
