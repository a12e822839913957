import type { ClaimEvent } from '../../ClaimEvent.js';
import type { LifecycleStatus } from '../../claimTypes.js';
import type { RefusalCode } from '../../Refusal.js';
import type { Decide, RuleMutant } from '../Feature.js';
import { REQUESTS, actorIgnored, mutant, refusedWith, withEvents, withPolicyFor, withoutActor } from '../mutantWrappers.js';

const GROUP_4: readonly RefusalCode[] = ['INVALID_TRANSITION', 'INELIGIBLE_STATUS', 'WITHDRAWAL_ALREADY_OPEN', 'NO_OPEN_REQUEST', 'NOT_ON_HOLD'];

/** The commands whose personal data R21 checks. */
const ALL_COMMANDS = ['RequestWithdrawal', 'ReRequestWithdrawal', 'RejectWithdrawal', 'SendMemo'] as const;

/** The commands that read the eligible statuses: requests (R2) and lapses (R16). */
const ELIGIBILITY_READERS = [...REQUESTS, 'AdvanceClaim'] as const;

const eligibleSet = (change: (s: readonly LifecycleStatus[]) => readonly LifecycleStatus[]) =>
  withPolicyFor(ELIGIBILITY_READERS, (p) => ({ ...p, eligibleStatuses: change(p.eligibleStatuses) }));

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

/** R3 broken: the INELIGIBLE_STATUS refusal of a request drops its pointer to the support desk. */
const refusalWithoutSupport = (base: Decide): Decide => (state, cmd, now, policy) => {
  const d = base(state, cmd, now, policy);
  if (!refusedWith(d, 'INELIGIBLE_STATUS')) return d;
  const { support: _support, ...refusal } = d.refusal;
  return { ok: false, refusal };
};

/**
 * The request's deliberate bugs, for `claimsim mutate`: who may request (R1), the eligible
 * statuses (R2) and the refusal's pointer to support (R3), the message (R4), one open withdrawal
 * (R5), the window, its deadline and timer, and the buyer's counter (R6, R10), and personal data
 * in any message the rules check (R21, which has no folder of its own: requests, re-requests,
 * rejections and memos share the check).
 */
export const requestMutants: readonly RuleMutant[] = [
  mutant(
    'request-by-anyone',
    ['R1'],
    'anyone, not only the claim\'s seller, can request, re-request or cancel a withdrawal',
    'request_withdrawal as another seller (as: S2) expects NOT_SELLER, and the claim stays without a withdrawal',
    actorIgnored([...REQUESTS, 'CancelWithdrawal'], 'NOT_SELLER'),
  ),
  mutant(
    'ineligible-before-not-seller',
    ['R1', 'R2'],
    'NOT_SELLER is checked after the status checks of group 4 (INELIGIBLE_STATUS, WITHDRAWAL_ALREADY_OPEN, NOT_ON_HOLD)',
    'another seller requests a withdrawal on an ineligible claim (such as cancelling) and expects NOT_SELLER, not INELIGIBLE_STATUS',
    (base) => (state, cmd, now, policy) => {
      const d = base(state, cmd, now, policy);
      if (!REQUESTS.includes(cmd.kind) || !refusedWith(d, 'NOT_SELLER')) return d;
      const unchecked = base(state, withoutActor(cmd), now, policy);
      return !unchecked.ok && GROUP_4.includes(unchecked.refusal.code) ? unchecked : d;
    },
  ),
  mutant(
    'window-one-day-short',
    ['R6'],
    'the response window is a day short: deadline = request date + window − 2',
    'a request on 8/4 checks deadline 2021-08-10, and the claim is still requested on 8/10 at 23:59',
    withPolicyFor(REQUESTS, (p) => ({ ...p, responseWindowDays: p.responseWindowDays - 1 })),
  ),
  mutant(
    'window-one-day-long',
    ['R6'],
    'the response window is a day long: deadline = request date + window (the form\'s "7th day after")',
    'a request on 7/29 is withdrawn at 00:00 on 8/5, not a day later',
    withPolicyFor(REQUESTS, (p) => ({ ...p, responseWindowDays: p.responseWindowDays + 1 })),
  ),
  mutant(
    'timer-one-ms-late',
    ['R10'],
    'the automatic withdrawal fires a millisecond after 00:00 of deadline + 1',
    'check the claim withdrawn (outcome timeout) exactly at 00:00 of deadline + 1',
    withEvents((e) => (e.kind === 'WithdrawalRequested' ? { ...e, timeoutAt: e.timeoutAt + 1 } : e)),
  ),
  mutant(
    'deadline-counted-in-utc',
    ['R6', 'R10'],
    'the deadline and the automatic withdrawal are counted in UTC days, not in the policy\'s zone',
    'in Tokyo, a request at 08:00 on 8/4 (still 8/3 in UTC) checks deadline 2021-08-10 and is withdrawn at 00:00 Tokyo time on 8/11',
    withPolicyFor(REQUESTS, (p) => ({ ...p, timezone: 'UTC' })),
  ),
  mutant(
    'request-message-not-required',
    ['R4'],
    'a first request with an empty seller message goes through',
    'request_withdrawal with message: "" expects MESSAGE_REQUIRED, and the claim stays without a withdrawal',
    withPolicyFor(['RequestWithdrawal'], (p) => ({ ...p, requireMessage: false })),
  ),
  mutant(
    'pii-ignored-under-block',
    ['R21'],
    'with piiCheck: block, personal data goes through unrefused and unrecorded',
    'with piiCheck: block, a memo with a phone number expects PII_IN_MESSAGE',
    withPolicyFor(ALL_COMMANDS, (p) => (p.piiCheck === 'block' ? { ...p, piiCheck: 'off' } : p)),
  ),
  mutant(
    'pii-ignored-under-warn',
    ['R21'],
    'with piiCheck: warn (the default), personal data goes through with no warning recorded',
    'a request whose message carries an e-mail address goes through and checks piiWarnings: 1',
    withPolicyFor(ALL_COMMANDS, (p) => (p.piiCheck === 'warn' ? { ...p, piiCheck: 'off' } : p)),
  ),
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
    mutate: refusalWithoutSupport,
  },
  {
    name: 'exchange-reshipping-eligible',
    rules: ['R2'],
    description: 'exchange_reshipping (the manual\'s "returning again") is taken as eligible',
    suggestedScenario: 'an exchange claim in exchange_reshipping: request_withdrawal expects INELIGIBLE_STATUS',
    mutate: eligibleSet((s) => [...s, 'exchange_reshipping']),
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
];
