import type { ClaimSlot } from '../ClaimSlot.js';
import { type ClaimStatus, isTerminal } from '../claimTypes.js';
import { type State, WITHDRAWAL_ON_HOLD, WITHDRAWAL_REQUESTED, bump, setCount } from '../State.js';
import type { Outcome, WithdrawalState } from '../Claim.js';

// The state changes several features' events share (`evolve`, engine/evolve.ts): each sets what
// an event says, and keeps the board's rows (R17) and the buyer's counter (R6) in step.

/** The claim an event is about; a log that names a claim it never opened is corrupt. */
export function claimOf(state: State, id: string): ClaimSlot {
  const claim = state.claims.slot(id);
  if (!claim) throw new Error(`event for unknown claim ${id}`);
  return claim;
}

/** The claim moves to `to` at `at`: the board row moves with it; the first move and a terminal status are dated. */
export function setStatus(state: State, claim: ClaimSlot, to: ClaimStatus, at: number): void {
  bump(state.board, claim.status, -1);
  bump(state.board, to, 1);
  if (claim.leftFirstStatusAt === null) claim.leftFirstStatusAt = at;
  if (isTerminal(to)) claim.closedAt = at;
  claim.status = to;
}

/** The board's row of each withdrawal state (none has no row). */
export const WITHDRAWAL_ROW: Readonly<Record<WithdrawalState, string | null>> = {
  none: null,
  requested: WITHDRAWAL_REQUESTED,
  on_hold: WITHDRAWAL_ON_HOLD,
};

/** The claim's withdrawal moves to `to`, and its board row with it. */
export function setWithdrawal(state: State, claim: ClaimSlot, to: WithdrawalState): void {
  const from = WITHDRAWAL_ROW[claim.withdrawal];
  if (from) bump(state.board, from, -1);
  const row = WITHDRAWAL_ROW[to];
  if (row) bump(state.board, row, 1);
  claim.withdrawal = to;
}

/** The withdrawal is over (accepted, timed out, cancelled or lapsed): no request, no deadline, the buyer's counter as the event says. */
export function closeWithdrawal(state: State, claim: ClaimSlot, pendingWithdrawals: number): void {
  setWithdrawal(state, claim, 'none');
  claim.requestedAt = null;
  claim.deadline = null;
  claim.timeoutAt = null;
  setCount(state.pendingWithdrawals, claim.buyer, pendingWithdrawals);
}

/** The withdrawal succeeded (R8 accepted, R10 timed out): the request is over and the claim is withdrawn at `at`, with that outcome. */
export function withdrawClaim(state: State, claim: ClaimSlot, outcome: Outcome, pendingWithdrawals: number, at: number): void {
  closeWithdrawal(state, claim, pendingWithdrawals);
  claim.outcome = outcome;
  setStatus(state, claim, 'withdrawn', at);
}
