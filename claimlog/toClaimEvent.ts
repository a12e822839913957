import { type ClaimEvent, type ClaimStatus, type ClaimType, type LifecycleStatus, type WithdrawalState, firstStatus, policyInForce } from '../engine/index.js';
import { endOfWindow, lastDayOfWindow, startOfDayAfter } from '../engine/dayCounting.js';
import { fromCatalogueRecord } from './catalogueRecord.js';
import type { JudgeContext } from './JudgeContext.js';
import type { LoggedRecord } from './LoggedRecord.js';
import { parseIsoDate, parseIsoInstant } from './parseIsoInstant.js';
import { NOT_RECORDED } from './toCommands.js';

/** What the log's own records say of a claim so far (to fill in what a record does not carry). */
export interface Tracked {
  status: ClaimStatus;
  withdrawal: WithdrawalState;
  requests: number;
  deadline: number;
}

export function newTracked(): Tracked {
  return { status: 'withdrawn', withdrawal: 'none', requests: 0, deadline: Number.NaN };
}

/**
 * A record as the engine event the invariant checker reads, at its judged instant. What the
 * record shows is taken as shown (its instant, a deadline, a cooldown's end); what a log does not
 * carry (the buyer's counter, a request's number, the reminder it promised) is filled in from the
 * rules' own event for the record (`fill`), or counted here when the rules refused it, so that the
 * checker judges only what the log shows.
 */
export function toClaimEvent(ctx: JudgeContext, lr: LoggedRecord, t: Tracked, fill: ClaimEvent | undefined): ClaimEvent {
  const r = lr.record;
  const at = lr.eff;
  const base = { at, claim: r.claim, pendingWithdrawals: 0 };
  const f = fill as Record<string, unknown> | undefined;
  const instantOr = (shown: string | null | undefined, key: string, compute: () => number | null): number | null =>
    shown !== undefined ? (shown === null ? null : parseIsoInstant(shown)) : f !== undefined && key in f ? (f[key] as number | null) : compute();
  const policy = policyInForce(ctx.policy, at);
  let e: ClaimEvent;
  switch (r.type) {
    case 'claim_opened': {
      const status = (r.status ?? firstStatus(r.claimType as ClaimType)) as LifecycleStatus;
      const receivedAt = r.receivedAt !== undefined ? parseIsoInstant(r.receivedAt)! : at;
      e = { kind: 'ClaimOpened', at, claim: r.claim, order: r.order, seller: r.seller, buyer: r.buyer, type: r.claimType as ClaimType, status, receivedAt, delayedFrom: receivedAt };
      t.status = status;
      break;
    }
    case 'status_changed':
      e = { kind: 'ClaimAdvanced', at, claim: r.claim, from: (r.from ?? t.status) as ClaimStatus, to: r.to as ClaimStatus };
      t.status = r.to as ClaimStatus;
      break;
    case 'withdrawal_requested':
    case 'withdrawal_rerequested': {
      const deadline = r.deadline !== undefined ? parseIsoDate(r.deadline)! : f?.['deadline'] !== undefined ? (f['deadline'] as number) : lastDayOfWindow(ctx.calendar, at, policy.responseWindowDays);
      const n = policy.reminderDaysBeforeDeadline;
      const remindAt = f !== undefined ? (f['remindAt'] as number | undefined) : n === null ? undefined : ctx.calendar.startOfDay(deadline - n + 1);
      e = {
        kind: 'WithdrawalRequested',
        ...base,
        reRequest: r.type === 'withdrawal_rerequested',
        request: t.requests + 1,
        message: r.message ?? NOT_RECORDED,
        deadline,
        timeoutAt: endOfWindow(ctx.calendar, deadline),
        ...(remindAt !== undefined ? { remindAt } : {}),
        pii: [],
      };
      t.requests++;
      t.withdrawal = 'requested';
      t.deadline = deadline;
      break;
    }
    case 'withdrawal_accepted':
      e = { kind: 'WithdrawalAccepted', ...base };
      t.withdrawal = 'none';
      t.status = 'withdrawn';
      break;
    case 'withdrawal_rejected': {
      const days = policy.rejectionCooldownDays;
      const cooldownUntil = instantOr(r.cooldownUntil, 'cooldownUntil', () => (days > 0 ? startOfDayAfter(ctx.calendar, at, days) : null));
      e = { kind: 'WithdrawalRejected', ...base, category: r.category ?? 'other', reason: r.reason ?? NOT_RECORDED, cooldownUntil, pii: [] };
      t.withdrawal = 'on_hold';
      break;
    }
    case 'withdrawal_cancelled': {
      const days = policy.cancellationCooldownDays;
      const cooldownUntil = instantOr(r.cooldownUntil, 'cooldownUntil', () => (days > 0 ? startOfDayAfter(ctx.calendar, at, days) : null));
      e = { kind: 'WithdrawalCancelled', ...base, from: t.withdrawal === 'on_hold' ? 'on_hold' : 'requested', cooldownUntil };
      t.withdrawal = 'none';
      break;
    }
    case 'withdrawal_timed_out':
      e = { kind: 'WithdrawalTimedOut', ...base, request: t.requests };
      t.withdrawal = 'none';
      t.status = 'withdrawn';
      break;
    case 'withdrawal_lapsed':
      e = { kind: 'WithdrawalLapsed', ...base, cause: r.cause };
      t.withdrawal = 'none';
      break;
    case 'buyer_reminded':
      e = { kind: 'BuyerReminded', at, claim: r.claim, request: t.requests, deadline: r.deadline !== undefined ? parseIsoDate(r.deadline)! : t.deadline };
      break;
    case 'deadline_retimed': {
      const deadline = parseIsoDate(r.deadline)!;
      const remindAt = f?.['remindAt'] as number | undefined;
      // R10a: a window already run out at the change times out at the change itself.
      const timeoutAt = Math.max(endOfWindow(ctx.calendar, deadline), at);
      e = { kind: 'DeadlineRetimed', at, claim: r.claim, request: t.requests, deadline, timeoutAt, ...(remindAt !== undefined ? { remindAt } : {}) };
      t.deadline = deadline;
      break;
    }
    case 'cooldown_retimed':
      e = {
        kind: 'CooldownRetimed',
        at,
        claim: r.claim,
        rejectionCooldownUntil: instantOr(r.rejectionCooldownUntil, 'rejectionCooldownUntil', () => null),
        cancellationCooldownUntil: instantOr(r.cancellationCooldownUntil, 'cancellationCooldownUntil', () => null),
      };
      break;
    case 'support_contacted':
      e = { kind: 'SupportContacted', at, claim: r.claim, category: 'refund / claim withdrawal › claim withdrawal', text: r.text ?? NOT_RECORDED };
      break;
    case 'memo_sent':
      e = { kind: 'MemoSent', at, claim: r.claim, order: '', from: r.from, text: r.text ?? NOT_RECORDED, pii: [] };
      break;
    case 'action_refused':
      // A refused action changes nothing (rules.md): the invariant reading passes it by.
      throw new Error(`a refused action is no event (${r.claim} at ${r.at})`);
    default:
      // A notice the event catalogue logs from its fields: it changes nothing tracked. Any other record needs a case above (a compile error).
      e = fromCatalogueRecord(r, at);
  }
  return e;
}
