import { firstStatus } from '../claimTypes.js';
import type { Decide } from '../decide.js';
import type { ClaimEvent, LifecycleStatus } from '../types.js';
import type { RuleMutant } from './RuleMutant.js';
import { REQUESTS, refusedWith, withEvents, withPolicyFor } from './mutantTools.js';

/** The commands that read the eligible statuses: requests (R2) and lapses (R16). */
const ELIGIBILITY_READERS = [...REQUESTS, 'AdvanceClaim'] as const;

const eligibleSet = (change: (s: readonly LifecycleStatus[]) => readonly LifecycleStatus[]) =>
  withPolicyFor(ELIGIBILITY_READERS, (p) => ({ ...p, eligibleStatuses: change(p.eligibleStatuses) }));

/** R3 broken: support refuses a closed claim, as every other action does (asked of the memo rule, which knows). */
const supportRefusedOnClosed = (base: Decide): Decide => (state, cmd, now, policy) => {
  const d = base(state, cmd, now, policy);
  if (cmd.kind !== 'ContactSupport' || !d.ok) return d;
  const probe = base(state, { kind: 'SendMemo', claim: cmd.claim, from: 'seller', text: 'probe' }, now, { ...policy, piiCheck: 'off' });
  return refusedWith(probe, 'CLAIM_CLOSED') ? probe : d;
};

/** R5 broken: a request on a withdrawal on hold is taken as a re-request. */
const requestOnHoldAsReRequest = (base: Decide): Decide => (state, cmd, now, policy) => {
  const d = base(state, cmd, now, policy);
  if (cmd.kind !== 'RequestWithdrawal' || !refusedWith(d, 'WITHDRAWAL_ALREADY_OPEN')) return d;
  const again = base(state, { ...cmd, kind: 'ReRequestWithdrawal' }, now, policy);
  return again.ok ? again : d;
};

/** R6 broken: the buyer's counter also counts claims on hold (a rejection does not lower it). */
function countOnHold(e: ClaimEvent): ClaimEvent {
  switch (e.kind) {
    case 'WithdrawalRejected':
      return { ...e, pendingWithdrawals: e.pendingWithdrawals + 1 };
    case 'WithdrawalCancelled':
      return e.from === 'on_hold' ? { ...e, pendingWithdrawals: e.pendingWithdrawals - 1 } : e;
    case 'WithdrawalRequested':
      return e.reRequest ? { ...e, pendingWithdrawals: e.pendingWithdrawals - 1 } : e;
    default:
      return e;
  }
}

/** R8 broken: accepting is taken as a rejection. */
const acceptAsReject = (base: Decide): Decide => (state, cmd, now, policy) =>
  cmd.kind === 'AcceptWithdrawal'
    ? base(state, { kind: 'RejectWithdrawal', claim: cmd.claim, reason: 'accepted', ...(cmd.actor !== undefined ? { actor: cmd.actor } : {}) }, now, policy)
    : base(state, cmd, now, policy);

/** R14 broken: a withdrawal on hold cannot be cancelled. */
const cancelRefusedOnHold = (base: Decide): Decide => (state, cmd, now, policy) => {
  const d = base(state, cmd, now, policy);
  if (cmd.kind !== 'CancelWithdrawal' || !d.ok || !d.events.some((e) => e.kind === 'WithdrawalCancelled' && e.from === 'on_hold')) return d;
  return { ok: false, refusal: { code: 'NO_OPEN_REQUEST', message: `claim ${cmd.claim} has no withdrawal request to cancel (R14)` } };
};

/** Claim statuses, the withdrawal's life and the views (R2, R3, R5, R6, R8, R14, R16, R17, R19, R20). */
export const statusMutants: readonly RuleMutant[] = [
  {
    name: 'returning-not-eligible',
    rules: ['R2', 'R16'],
    description: 'plain returning is left out of the eligible statuses',
    suggestedScenario: 'a return claim advanced to returning: request_withdrawal goes through, and the withdrawal stays open on the move',
    mutate: eligibleSet((s) => s.filter((x) => x !== 'returning')),
  },
  {
    name: 'return-on-hold-eligible',
    rules: ['R2', 'R16'],
    description: 'return_on_hold is taken as eligible',
    suggestedScenario: 'a return claim on hold (return_on_hold): request_withdrawal expects INELIGIBLE_STATUS with the support desk',
    mutate: eligibleSet((s) => [...s, 'return_on_hold']),
  },
  {
    name: 'ineligible-refusal-without-support',
    rules: ['R3'],
    description: 'the INELIGIBLE_STATUS refusal does not point the seller to the support desk',
    suggestedScenario: 'a request on a cancelling claim expects { error: INELIGIBLE_STATUS, support: true }',
    mutate: (base) => (state, cmd, now, policy) => {
      const d = base(state, cmd, now, policy);
      if (!refusedWith(d, 'INELIGIBLE_STATUS')) return d;
      const { support: _support, ...refusal } = d.refusal;
      return { ok: false, refusal };
    },
  },
  {
    name: 'exchange-reshipping-eligible',
    rules: ['R2'],
    description: 'exchange_reshipping (the manual\'s "returning again") is taken as eligible',
    suggestedScenario: 'an exchange claim in exchange_reshipping: request_withdrawal expects INELIGIBLE_STATUS',
    mutate: eligibleSet((s) => [...s, 'exchange_reshipping']),
  },
  {
    name: 'support-refused-on-closed-claims',
    rules: ['R3'],
    description: 'contact_support is refused with CLAIM_CLOSED on a terminal claim',
    suggestedScenario: 'after a claim is withdrawn or completed, contact_support goes through',
    mutate: supportRefusedOnClosed,
  },
  {
    name: 'request-on-hold-taken-as-re-request',
    rules: ['R5', 'R11'],
    description: 'a first request on a withdrawal on hold is taken as a re-request instead of WITHDRAWAL_ALREADY_OPEN',
    suggestedScenario: 'after a rejection and its cooldown, request_withdrawal (not re_request) expects WITHDRAWAL_ALREADY_OPEN',
    approximation: 'only a withdrawal on hold; a second request on one still requested is refused as the real rules do',
    mutate: requestOnHoldAsReRequest,
  },
  {
    name: 'buyer-counter-counts-on-hold',
    rules: ['R6'],
    description: 'the buyer\'s pending-withdrawal counter also counts claims on hold',
    suggestedScenario: 'after a rejection, check the buyer\'s pendingWithdrawals: 0 (and the counter\'s invariant)',
    approximation: 'a lapse from on hold lowers the counter as the real rules do (the event does not say where it lapsed from)',
    mutate: withEvents(countOnHold),
  },
  {
    name: 'timeout-keeps-buyer-counter',
    rules: ['R6', 'R10'],
    description: 'the buyer\'s pending-withdrawal counter is not lowered when a request times out',
    suggestedScenario: 'after an unanswered request is withdrawn at 00:00 of deadline + 1, check the buyer\'s pendingWithdrawals: 0',
    mutate: withEvents((e) => (e.kind === 'WithdrawalTimedOut' ? { ...e, pendingWithdrawals: e.pendingWithdrawals + 1 } : e)),
  },
  {
    name: 'accept-taken-as-rejection',
    rules: ['R8'],
    description: 'accepting a withdrawal request puts it on hold instead of withdrawing the claim',
    suggestedScenario: 'accept_withdrawal, then check status withdrawn with outcome accepted at once',
    mutate: acceptAsReject,
  },
  {
    name: 'cancel-refused-on-hold',
    rules: ['R14'],
    description: 'the seller cannot cancel a withdrawal on hold (only one still requested)',
    suggestedScenario: 'reject, then cancel_withdrawal goes through and the claim has withdrawal none',
    mutate: cancelRefusedOnHold,
  },
  {
    name: 'lapse-ignored',
    rules: ['R16'],
    description: 'a withdrawal stays open when the claim moves to an ineligible status',
    suggestedScenario: 'a requested withdrawal, then the claim advances to cancelling: withdrawal none, with clean invariants',
    mutate: withEvents((e) => (e.kind === 'WithdrawalLapsed' && e.cause === 'ineligible_status' ? null : e)),
  },
  {
    name: 'lapse-on-eligible-move',
    rules: ['R16'],
    description: 'a withdrawal lapses on every status move, eligible ones included',
    suggestedScenario: 'a requested withdrawal on a return_requested claim, advanced to returning: the withdrawal is still requested',
    mutate: withPolicyFor(['AdvanceClaim'], (p) => ({ ...p, eligibleStatuses: [] })),
  },
  {
    name: 'opened-status-counted-as-first',
    rules: ['R17'],
    description: 'a claim opened past its first status is counted (and held) in its first status',
    suggestedScenario: 'open a claim in returning and check the board: returning 1, return_requested 0',
    approximation: 'the board is folded from the events, so the claim\'s own status is wrong too, not only its count',
    mutate: withEvents((e) => (e.kind === 'ClaimOpened' ? { ...e, status: firstStatus(e.type) } : e)),
  },
  {
    name: 'export-drops-claim-reason',
    rules: ['R19'],
    description: 'the claim list\'s export leaves the claim reason column empty',
    suggestedScenario: 'open a claim with a reason and check the exported row\'s claimReason',
    approximation: 'the reason is dropped from the claim itself, not only from the export',
    mutate: withEvents((e) => {
      if (e.kind !== 'ClaimOpened' || e.reason === undefined) return e;
      const { reason: _reason, ...rest } = e;
      return rest;
    }),
  },
  {
    name: 'memo-counted-for-the-wrong-party',
    rules: ['R20'],
    description: 'a memo is counted as sent by the other party: it answers the wrong side\'s memos',
    suggestedScenario: 'the buyer sends a memo: the seller has 1 unanswered, the buyer 0; the seller\'s reply clears it',
    mutate: withEvents((e) => (e.kind === 'MemoSent' ? { ...e, from: e.from === 'seller' ? 'buyer' : 'seller' } : e)),
  },
];
