import { passNotice } from '../events/index.js';
import { WITHDRAWAL_ON_HOLD, WITHDRAWAL_REQUESTED } from '../State.js';
import type { WithdrawalState } from '../Claim.js';
import type { ClaimEvent } from '../ClaimEvent.js';
import { type CheckerContext, addCount } from './CheckerContext.js';
import type { ClaimRecord } from './ClaimRecord.js';
import { isClosedStatus } from './isClosedStatus.js';

/**
 * The checker's own fold of one event into its record of the claim, and into its board
 * and buyer counts (I8). Its deadlines, timeouts and cooldown ends come from its own day
 * counting, never from the event, so that a wrong number in an event cannot agree with itself.
 */
export function foldRecord(ctx: CheckerContext, rec: ClaimRecord, e: ClaimEvent): void {
  switch (e.kind) {
    case 'ClaimAdvanced':
      setStatus(ctx, rec, e.to);
      break;
    case 'WithdrawalRequested': {
      const days = ctx.datedChanges.daysAt(e.at);
      setWithdrawal(ctx, rec, 'requested');
      rec.requests++;
      rec.deadline = days.deadlineOf(e.at);
      rec.timeoutAt = days.timeoutOf(rec.deadline);
      rec.remindAt = days.reminderOf(rec.deadline);
      break;
    }
    case 'BuyerReminded':
      rec.remindAt = Number.POSITIVE_INFINITY;
      break;
    case 'WithdrawalAccepted':
    case 'WithdrawalTimedOut':
      setWithdrawal(ctx, rec, 'none');
      setStatus(ctx, rec, 'withdrawn');
      break;
    case 'WithdrawalRejected': {
      const end = ctx.datedChanges.daysAt(e.at).rejectionCooldownEnd(e.at);
      setWithdrawal(ctx, rec, 'on_hold');
      addCooldown(rec, end);
      noteCooldown(ctx, rec, 'rejection', end);
      break;
    }
    case 'WithdrawalCancelled': {
      const end = ctx.datedChanges.daysAt(e.at).cancellationCooldownEnd(e.at);
      setWithdrawal(ctx, rec, 'none');
      addCooldown(rec, end);
      noteCooldown(ctx, rec, 'cancellation', end);
      break;
    }
    case 'WithdrawalLapsed':
      setWithdrawal(ctx, rec, 'none');
      break;
    case 'OrderPlaced':
    case 'ClaimOpened':
    case 'MemoSent':
    case 'SupportContacted':
    // Re-timed values come from the checker's own reading of the change (applyChanges).
    case 'DeadlineRetimed':
    case 'CooldownRetimed':
      break;
    default:
      // A notice of the event catalogue changes no record (an invariant of its own keeps what it
      // needs); any kind that changes state must be named above.
      passNotice(e);
  }
}

/** The board row of an open withdrawal state (R17), or null for none. */
export function withdrawalRow(w: WithdrawalState): string | null {
  return w === 'requested' ? WITHDRAWAL_REQUESTED : w === 'on_hold' ? WITHDRAWAL_ON_HOLD : null;
}

function setStatus(ctx: CheckerContext, rec: ClaimRecord, to: string): void {
  addCount(ctx.board, rec.status, -1);
  addCount(ctx.board, to, 1);
  rec.status = to;
  if (rec.closedInDecision === -1 && isClosedStatus(to)) rec.closedInDecision = ctx.decision;
}

function setWithdrawal(ctx: CheckerContext, rec: ClaimRecord, to: WithdrawalState): void {
  const from = rec.withdrawal;
  if (from === to) return;
  const fromRow = withdrawalRow(from);
  const toRow = withdrawalRow(to);
  if (fromRow !== null) addCount(ctx.board, fromRow, -1);
  if (toRow !== null) addCount(ctx.board, toRow, 1);
  if (from === 'requested') addCount(ctx.requestedByBuyer, rec.buyer, -1);
  if (to === 'requested') addCount(ctx.requestedByBuyer, rec.buyer, 1);
  if (to !== 'requested') {
    rec.deadline = Number.NaN;
    rec.timeoutAt = Number.POSITIVE_INFINITY;
    rec.remindAt = Number.POSITIVE_INFINITY;
  }
  rec.withdrawal = to;
}

// Cooldowns add up (R15): a request must wait for the latest end of all of them.
function addCooldown(rec: ClaimRecord, end: number | null): void {
  if (end !== null && end > rec.cooldownEnd) rec.cooldownEnd = end;
}

// R15a: with cooldowns recomputed at a change, each kind's own end is kept to recount it.
function noteCooldown(ctx: CheckerContext, rec: ClaimRecord, kind: 'rejection' | 'cancellation', end: number | null): void {
  if (!ctx.datedChanges.recomputesCooldowns || ctx.datedChanges.changes.length === 0) return;
  const ends = ctx.cooldownEnds.get(rec.id) ?? { rejection: null, cancellation: null };
  ends[kind] = end;
  ctx.cooldownEnds.set(rec.id, ends);
}
