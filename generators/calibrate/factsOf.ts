import {
  type Calendar,
  type LifecycleStatus,
  type Policy,
  daysFromCivil,
  detectPii,
  isTerminal,
  policyInForce,
} from '../../engine/index.js';
import { passCatalogueRecord } from '../../claimlog/catalogueRecord.js';
import { parseIsoInstant } from '../../claimlog/parseIsoInstant.js';
import type { ClaimHistory } from './ClaimHistory.js';
import type { AnswerFact, ClaimFacts, OnceFact, Outcome, RejectionFact, Stay } from './ClaimFacts.js';

const DAY = 86_400_000;

const TIMEOUTS = new WeakMap<Calendar, Map<string, number>>();

/** 00:00 after a deadline date `YYYY-MM-DD` in the calendar's zone (remembered: a log has few dates and many requests). */
function timeoutOf(calendar: Calendar, deadline: string): number {
  let known = TIMEOUTS.get(calendar);
  if (known === undefined) {
    known = new Map();
    TIMEOUTS.set(calendar, known);
  }
  let t = known.get(deadline);
  if (t === undefined) {
    t = calendar.startOfDay(daysFromCivil(+deadline.slice(0, 4), +deadline.slice(5, 7), +deadline.slice(8, 10)) + 1);
    known.set(deadline, t);
  }
  return t;
}

/**
 * Reads one claim's history as calibration needs it: its stays in each status, its requests
 * and the buyer's answers (or what censored them), what the seller did after each rejection,
 * memos, personal data in messages, and its outcome. The policy in force at each instant
 * (dated changes) decides eligibility and, for a request that shows no deadline, its window.
 */
export function factsOf(c: ClaimHistory, policy: Policy, calendar: Calendar, logEnd: number, holdout: boolean): ClaimFacts {
  const stays: Stay[] = [];
  const answers: AnswerFact[] = [];
  const rejections: RejectionFact[] = [];
  let status: LifecycleStatus = c.status;
  let since = c.openedAt;
  let withdrawal = 'none' as 'none' | 'requested' | 'on_hold';
  let openSince = null as number | null;
  let lastClose = null as { at: number; openSince: number } | null;
  let changedWhileOpen = false;
  const eligible = (s: LifecycleStatus, at: number): boolean => policyInForce(policy, at).eligibleStatuses.includes(s);
  let eligibleUntil: number | null = eligible(status, c.openedAt) ? null : c.openedAt;
  // Where a request would be refused (R2, R3): open in a status not eligible; a claim can be eligible again (return_on_hold → returning).
  const refused: [number, number][] = [];
  let refusedSince: number | null = eligibleUntil;
  const closeRefused = (t: number): void => {
    if (refusedSince !== null && t > refusedSince) refused.push([refusedSince, t]);
    refusedSince = null;
  };
  let requestAt: number | null = null;
  let escalatedAt: number | null = null;
  let pending = null as { at: number; timeoutAt: number; reminded: boolean } | null;
  let rejection = null as { at: number; cooldownUntil: number } | null;
  let sellerMemo: OnceFact | null = null;
  let memoReply: OnceFact | null = null;
  let sellerMessages = 0, sellerPii = 0, buyerMessages = 0, buyerPii = 0, reRequests = 0;
  let endedAt: number | null = null;
  let outcome: Outcome = 'open at the end';
  const pii = (text: string | undefined): boolean => text !== undefined && detectPii(text).length > 0;

  const closePending = (t: number, answer: AnswerFact['answer'], cancelled: boolean): void => {
    if (pending === null) return;
    answers.push({ at: pending.at, timeoutAt: pending.timeoutAt, answer, t, cancelled, reminded: pending.reminded });
    pending = null;
  };
  const closeRejection = (t: number, next: RejectionFact['next']): void => {
    if (rejection === null) return;
    rejections.push({ ...rejection, next, t });
    rejection = null;
  };
  const closeWithdrawal = (t: number): void => {
    if (openSince !== null) lastClose = { at: t, openSince };
    withdrawal = 'none';
    openSince = null;
  };
  const request = (t: number, deadline: string | undefined): void => {
    const window = policyInForce(policy, t).responseWindowDays;
    const timeoutAt = deadline !== undefined ? timeoutOf(calendar, deadline) : calendar.startOfDay(calendar.dayOf(t) + window);
    pending = { at: t, timeoutAt, reminded: false };
    if (withdrawal === 'none') openSince = t;
    withdrawal = 'requested';
  };

  for (const { at, record: r } of c.records) {
    if (endedAt !== null && r.type !== 'support_contacted' && r.type !== 'memo_sent') continue;
    switch (r.type) {
      case 'claim_opened':
        break;
      case 'status_changed': {
        const to = r.to as LifecycleStatus;
        const held = withdrawal !== 'none' ? openSince : lastClose !== null && lastClose.at === at ? lastClose.openSince : null;
        stays.push({ status, t0: since, t1: at, to, openSince: held, changedWhileOpen: withdrawal !== 'none' });
        if (withdrawal !== 'none') changedWhileOpen = true;
        status = to;
        since = at;
        if (eligibleUntil === null && !eligible(to, at)) eligibleUntil = at;
        if (isTerminal(to) || eligible(to, at)) closeRefused(at);
        else refusedSince ??= at;
        if (isTerminal(to)) {
          endedAt = at;
          outcome = 'completed';
        }
        break;
      }
      case 'withdrawal_requested':
        if (requestAt === null) requestAt = at;
        sellerMessages++;
        if (pii(r.message)) sellerPii++;
        request(at, r.deadline);
        break;
      case 'withdrawal_rerequested':
        if (sellerMemo === null && requestAt !== null) sellerMemo = { from: requestAt, t: at, done: false };
        reRequests++;
        sellerMessages++;
        if (pii(r.message)) sellerPii++;
        closeRejection(at, 'reRequest');
        request(at, r.deadline);
        break;
      case 'withdrawal_accepted':
        closePending(at, 'accept', false);
        closeWithdrawal(at);
        endedAt = at;
        outcome = 'withdrawn by acceptance';
        break;
      case 'withdrawal_rejected': {
        closePending(at, 'reject', false);
        buyerMessages++;
        if (pii(r.reason)) buyerPii++;
        withdrawal = 'on_hold';
        const until = typeof r.cooldownUntil === 'string' ? parseIsoInstant(r.cooldownUntil) : null;
        const days = policyInForce(policy, at).rejectionCooldownDays;
        rejection = { at, cooldownUntil: until ?? (r.cooldownUntil === null ? at : calendar.startOfDay(calendar.dayOf(at) + days)) };
        break;
      }
      case 'withdrawal_timed_out':
        closePending(at, null, false);
        closeWithdrawal(at);
        endedAt = at;
        outcome = 'withdrawn by timeout';
        break;
      case 'withdrawal_lapsed':
        closePending(at, null, false);
        closeRejection(at, null);
        closeWithdrawal(at);
        break;
      case 'withdrawal_cancelled':
        if (withdrawal === 'requested') closePending(at, null, true);
        else closeRejection(at, 'giveUp');
        closeWithdrawal(at);
        break;
      case 'buyer_reminded':
        if (pending !== null) pending.reminded = true;
        break;
      case 'deadline_retimed':
        if (pending !== null) pending.timeoutAt = timeoutOf(calendar, r.deadline);
        break;
      case 'support_contacted':
        if (requestAt === null && escalatedAt === null) escalatedAt = at;
        break;
      case 'memo_sent':
        if (r.from === 'seller') {
          sellerMessages++;
          if (pii(r.text)) sellerPii++;
          // The first request's memo comes before the next request (whose memo is its own).
          if (sellerMemo === null && requestAt !== null && reRequests === 0) sellerMemo = { from: requestAt, t: at, done: true };
          else if (memoReply === null && sellerMemo !== null && sellerMemo.done) memoReply = { from: sellerMemo.t, t: at, done: false };
        } else {
          buyerMessages++;
          if (pii(r.text)) buyerPii++;
          if (sellerMemo !== null && sellerMemo.done && memoReply === null) memoReply = { from: sellerMemo.t, t: at, done: true };
        }
        break;
      case 'cooldown_retimed':
        if (rejection !== null && typeof r.rejectionCooldownUntil === 'string') rejection.cooldownUntil = parseIsoInstant(r.rejectionCooldownUntil) ?? rejection.cooldownUntil;
        break;
      case 'action_refused':
        break;
      default:
        // A notice the event catalogue logs from its fields tells no fact; any other record needs a case above (a compile error).
        passCatalogueRecord(r);
    }
  }
  const stop = endedAt ?? logEnd;
  closeRefused(Math.min(stop, logEnd));
  if (endedAt === null || outcome !== 'completed') {
    // Still in its status when the claim was withdrawn or the log ended: censored there.
    // Withdrawn by acceptance or timeout: a step due while that withdrawal was open was held, so only its opening bounds the step.
    const held = withdrawal !== 'none' ? openSince : lastClose !== null && lastClose.at === stop ? lastClose.openSince : null;
    if (!isTerminal(status)) stays.push({ status, t0: since, t1: stop, to: null, openSince: held, changedWhileOpen: false });
  }
  closePending(Math.min(logEnd, stop), null, false);
  closeRejection(stop, null);
  if (sellerMemo === null && requestAt !== null) sellerMemo = { from: requestAt, t: stop, done: false };
  if (sellerMemo !== null && sellerMemo.done && memoReply === null) memoReply = { from: sellerMemo.t, t: stop, done: false };
  void changedWhileOpen;
  return {
    id: c.id,
    seller: c.seller,
    buyer: c.buyer,
    holdout,
    type: c.type,
    openedAt: c.openedAt,
    status: c.status,
    stays,
    request: { at: requestAt, escalatedAt, eligibleUntil: eligibleUntil ?? stop, end: logEnd, refused },
    answers,
    rejections,
    sellerMemo,
    memoReply,
    sellerMessages,
    sellerPii,
    buyerMessages,
    buyerPii,
    reRequests,
    outcome,
    endedAt,
  };
}

export { DAY };
