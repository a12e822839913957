import type { Instant } from '../Calendar.js';
import type { Policy } from '../Policy.js';
import type { StateView } from '../StateView.js';
import type { ClaimEvent, ClaimOpened } from '../types.js';
import { type CheckerContext, addCount, newCheckerContext } from './CheckerContext.js';
import { type ClaimRecord, RECENT_EVENTS, remember } from './ClaimRecord.js';
import { applyChanges, applyChangesToAll, changesInForce } from './applyChanges.js';
import { checkAnswer } from './checkAnswer.js';
import { checkClosed } from './checkClosed.js';
import { checkCooldownEnd } from './checkCooldownEnd.js';
import { checkCooldownEndNotice, checkCooldownEndNoticeDue, forgetCooldownEndNotice } from './checkCooldownEndNotice.js';
import { checkCounter } from './checkCounter.js';
import { checkEligibility } from './checkEligibility.js';
import { checkOverdue } from './checkOverdue.js';
import { checkRemindAt, checkReminder, checkReminderDue } from './checkReminder.js';
import { checkRequest } from './checkRequest.js';
import { checkCooldownRetimed, checkDeadlineRetimed } from './checkRetimed.js';
import { checkEventOrder } from './checkEventOrder.js';
import { checkTimeout } from './checkTimeout.js';
import { checkViews } from './checkViews.js';
import { foldRecord, withdrawalRow } from './foldRecord.js';
import { isClosedStatus } from './isClosedStatus.js';
import type { InvariantChecker, InvariantCheckerOptions } from './types.js';

/**
 * The invariant checker (I1–I9, I11 for the reminder, I12 for the cooldown-end notice, and the dated changes of R10a and R15a): a second reading of rules.md over the event log. It never
 * calls the engine's rules or fold; it keeps its own small record per claim and its own
 * counts, computes deadlines, timeouts and cooldown ends itself, and reports each
 * violation with the claim, the instant and the claim's latest events. O(1) per event.
 */
export function createInvariantChecker(policy: Policy, options: InvariantCheckerOptions = {}): InvariantChecker {
  const ctx = newCheckerContext(policy, options.keep ?? 1000, options.recentEvents ?? RECENT_EVENTS);
  return {
    observe: (events) => observe(ctx, events),
    // The board and the counters are not touched by a dated change: nothing to bring up to date first.
    checkViews: (state: StateView, now: Instant) => checkViews(ctx, state, now),
    finish: (now) => {
      applyChangesToAll(ctx, now);
      for (const rec of ctx.claims.records()) {
        checkReminderDue(ctx, rec, now, 'end of the run');
        checkOverdue(ctx, rec, now, 'end of the run');
        checkCooldownEndNoticeDue(ctx, rec, now, 'end of the run');
      }
    },
    forget: (claimId) => forget(ctx, claimId),
    get violations() {
      return ctx.log.kept;
    },
    get counts() {
      return ctx.log.counts;
    },
    get total() {
      return ctx.log.total;
    },
  };
}

function observe(ctx: CheckerContext, events: readonly ClaimEvent[]): void {
  ctx.decision++;
  // I1 holds between decisions (an advance and the lapse it causes come together): each claim
  // the decision touched is judged once, after all of its events are folded.
  if (events.length === 1) {
    const e = events[0]!;
    const rec = observeEvent(ctx, e);
    if (rec !== undefined) checkEligibility(ctx, rec, e.at);
    return;
  }
  const touched = events.map((e) => observeEvent(ctx, e));
  let last = -1;
  for (let k = 0; k < events.length; k++) {
    const rec = touched[k];
    if (rec === undefined || rec.slot === last) continue;
    checkEligibility(ctx, rec, events[k]!.at);
    last = rec.slot;
  }
}

/** Checks and folds one event; returns the record of the claim it touched (none for an order or an unknown claim). */
function observeEvent(ctx: CheckerContext, e: ClaimEvent): ClaimRecord | undefined {
  checkEventOrder(ctx, e);
  if (e.kind === 'OrderPlaced') return undefined;
  if (e.kind === 'ClaimOpened') return open(ctx, e);
  const rec = ctx.claims.get(e.claim);
  // A claim forgotten by a streaming run (or never opened in this log): nothing to check against.
  if (rec === undefined) return undefined;
  // The claim's timers due at a change's instant fire before the change takes effect; its other events come after.
  applyChanges(ctx, rec, e.at, isTimer(e));
  remember(rec, e);
  checkClosed(ctx, rec, e);
  if (e.kind !== 'BuyerReminded') checkReminderDue(ctx, rec, e.at, e.kind);
  if (e.kind !== 'SellerToldCooldownEnded') checkCooldownEndNoticeDue(ctx, rec, e.at, e.kind);
  switch (e.kind) {
    case 'WithdrawalRequested':
      checkOverdue(ctx, rec, e.at, e.kind);
      checkRequest(ctx, rec, e);
      checkRemindAt(ctx, rec, e.at, e.remindAt);
      break;
    case 'BuyerReminded':
      checkReminder(ctx, rec, e);
      break;
    case 'WithdrawalAccepted':
    case 'WithdrawalRejected':
      checkAnswer(ctx, rec, e);
      if (e.kind === 'WithdrawalRejected') checkCooldownEnd(ctx, rec, e);
      break;
    case 'WithdrawalTimedOut':
      checkTimeout(ctx, rec, e);
      break;
    case 'WithdrawalLapsed':
      if (e.cause === 'timeout') checkTimeout(ctx, rec, e);
      else checkOverdue(ctx, rec, e.at, e.kind);
      break;
    case 'WithdrawalCancelled':
      checkOverdue(ctx, rec, e.at, e.kind);
      checkCooldownEnd(ctx, rec, e);
      break;
    case 'DeadlineRetimed':
      checkDeadlineRetimed(ctx, rec, e);
      break;
    case 'CooldownRetimed':
      checkCooldownRetimed(ctx, rec, e);
      break;
    case 'SellerToldCooldownEnded':
      checkCooldownEndNotice(ctx, rec, e);
      break;
    case 'ClaimAdvanced':
    case 'MemoSent':
    case 'SupportContacted':
      checkOverdue(ctx, rec, e.at, e.kind);
      break;
    default: {
      const unreachable: never = e;
      throw new Error(`unknown event ${JSON.stringify(unreachable)}`);
    }
  }
  foldRecord(ctx, rec, e);
  if ('pendingWithdrawals' in e) checkCounter(ctx, rec, e);
  return rec;
}

/** An event a claim's own timer decides (R10's timeout, the reminder, the cooldown-end notice): at a change instant, it comes before the change. */
function isTimer(e: ClaimEvent): boolean {
  return e.kind === 'BuyerReminded' || e.kind === 'SellerToldCooldownEnded' || e.kind === 'WithdrawalTimedOut' || (e.kind === 'WithdrawalLapsed' && e.cause === 'timeout');
}

function open(ctx: CheckerContext, e: ClaimOpened): ClaimRecord {
  const old = ctx.claims.get(e.claim);
  if (old !== undefined) {
    remember(old, e);
    checkClosed(ctx, old, e);
    forget(ctx, e.claim);
  }
  // A claim opened at or after a change never had anything in flight at it.
  const rec = ctx.claims.add(e.claim, e.buyer, e.status, changesInForce(ctx, e.at));
  if (isClosedStatus(e.status)) rec.closedInDecision = ctx.decision;
  remember(rec, e);
  addCount(ctx.board, e.status, 1);
  return rec;
}

/**
 * Drops a claim a streaming run has finished with, and its board rows. A request it still
 * had open stays in its buyer's count, as it does in the engine's counter.
 */
function forget(ctx: CheckerContext, claimId: string): void {
  const rec = ctx.claims.get(claimId);
  if (rec === undefined) return;
  addCount(ctx.board, rec.status, -1);
  const row = withdrawalRow(rec.withdrawal);
  if (row !== null) addCount(ctx.board, row, -1);
  ctx.claims.delete(claimId);
  ctx.cooldownEnds.delete(claimId);
  forgetCooldownEndNotice(ctx, claimId);
}

