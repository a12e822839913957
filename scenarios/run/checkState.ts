import {
  type Calendar,
  type Claim,
  type Engine,
  claimView,
  cooldownUntil,
  pendingWithdrawals,
  statusBoard,
  unansweredMemos,
} from '../../engine/index.js';
import type { ClaimExpectation, StateExpectation } from '../Scenario.js';
import { mismatch, showInstant } from './describe.js';

/** What a state check reads besides the engine: PII warnings recorded per claim (R21). */
export interface RunCounters {
  readonly piiWarnings: ReadonlyMap<string, number>;
}

/**
 * Compares only what is written against the engine's views at its current instant
 * (claims, board, buyers, sellers); every difference as `path: expected X, got Y`.
 */
export function checkState(engine: Engine, exp: StateExpectation, calendar: Calendar, counters: RunCounters): string[] {
  const out: string[] = [];
  const { view: state, now } = engine;
  for (const [id, e] of Object.entries(exp.claims ?? {})) {
    const claim = state.claim(id);
    if (!claim) out.push(`claims.${id}: expected a claim, got none (not opened yet, or refused)`);
    else out.push(...checkClaim(`claims.${id}`, claim, e, engine, calendar, counters));
  }
  if (exp.board) {
    const counts = statusBoard(state, now).counts;
    for (const [row, n] of Object.entries(exp.board)) out.push(...mismatch(`board.${row}`, n, counts[row] ?? 0));
  }
  for (const [id, e] of Object.entries(exp.buyers ?? {})) {
    if (e.pendingWithdrawals !== undefined) out.push(...mismatch(`buyers.${id}.pendingWithdrawals`, e.pendingWithdrawals, pendingWithdrawals(state, id)));
    if (e.unansweredMemos !== undefined) out.push(...mismatch(`buyers.${id}.unansweredMemos`, e.unansweredMemos, unansweredMemos(state, 'buyer', id)));
  }
  for (const [id, e] of Object.entries(exp.sellers ?? {})) {
    if (e.unansweredMemos !== undefined) out.push(...mismatch(`sellers.${id}.unansweredMemos`, e.unansweredMemos, unansweredMemos(state, 'seller', id)));
  }
  return out;
}

function checkClaim(path: string, claim: Readonly<Claim>, e: ClaimExpectation, engine: Engine, calendar: Calendar, counters: RunCounters): string[] {
  const view = claimView(claim, engine.now, calendar);
  const out: string[] = [];
  if (e.status !== undefined) out.push(...mismatch(`${path}.status`, e.status, view.status));
  if (e.withdrawal !== undefined) out.push(...mismatch(`${path}.withdrawal`, e.withdrawal, view.withdrawal));
  if (e.outcome !== undefined) out.push(...mismatch(`${path}.outcome`, e.outcome, view.outcome));
  if (e.deadline !== undefined) out.push(...mismatch(`${path}.deadline`, e.deadline, view.deadline));
  if (e.reRequests !== undefined) out.push(...mismatch(`${path}.reRequests`, e.reRequests, view.reRequests));
  if (e.cooldownUntil !== undefined) {
    const actual = showInstant(cooldownUntil(claim, engine.now), calendar);
    out.push(...mismatch(`${path}.cooldownUntil`, showInstant(e.cooldownUntil, calendar), actual));
  }
  if (e.delayed !== undefined) out.push(...mismatch(`${path}.delayed`, e.delayed, view.delayed));
  if (e.piiWarnings !== undefined) out.push(...mismatch(`${path}.piiWarnings`, e.piiWarnings, counters.piiWarnings.get(claim.id) ?? 0));
  if (e.rejectionCategory !== undefined) out.push(...mismatch(`${path}.rejectionCategory`, e.rejectionCategory, claim.rejection?.category ?? null));
  return out;
}
