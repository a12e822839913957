import type { Decide, RuleMutant } from '../Feature.js';
import { actorIgnored, mutant, refusedWith, withEvents, withPolicyFor, withoutActor } from '../mutantWrappers.js';

/** R8 broken: accepting is taken as a rejection. */
const acceptAsReject = (base: Decide): Decide => (state, cmd, now, policy) =>
  cmd.kind === 'AcceptWithdrawal'
    ? base(state, { kind: 'RejectWithdrawal', claim: cmd.claim, reason: 'accepted', ...(cmd.actor !== undefined ? { actor: cmd.actor } : {}) }, now, policy)
    : base(state, cmd, now, policy);

/**
 * The buyer's answer's deliberate bugs, for `claimsim mutate`: who may answer and the refusal
 * order (R7), accepting (R8), the rejection's reason and category (R9) and its cooldown (R12).
 */
export const answerMutants: readonly RuleMutant[] = [
  mutant(
    'answer-by-anyone',
    ['R7'],
    'anyone, not only the claim\'s buyer, can accept or reject a withdrawal request',
    'accept_withdrawal and reject_withdrawal as another buyer (as: B2) expect NOT_BUYER, and the request stays open',
    actorIgnored(['AcceptWithdrawal', 'RejectWithdrawal'], 'NOT_BUYER'),
  ),
  mutant(
    'no-open-request-before-not-buyer',
    ['R7', 'R11'],
    'NOT_BUYER is checked after NO_OPEN_REQUEST: a stranger answering nothing is told there is nothing to answer',
    'another buyer accepts a claim with no open request and expects NOT_BUYER, not NO_OPEN_REQUEST',
    (base) => (state, cmd, now, policy) => {
      const d = base(state, cmd, now, policy);
      if ((cmd.kind !== 'AcceptWithdrawal' && cmd.kind !== 'RejectWithdrawal') || !refusedWith(d, 'NOT_BUYER')) return d;
      const unchecked = base(state, withoutActor(cmd), now, policy);
      return refusedWith(unchecked, 'NO_OPEN_REQUEST') ? unchecked : d;
    },
  ),
  mutant(
    'accept-taken-as-rejection',
    ['R8'],
    'accepting a withdrawal request puts it on hold instead of withdrawing the claim',
    'accept_withdrawal, then check status withdrawn with outcome accepted at once',
    acceptAsReject,
  ),
  mutant(
    'rejection-reason-not-required',
    ['R9'],
    'a rejection with an empty reason goes through',
    'reject_withdrawal with reason: "" expects MESSAGE_REQUIRED, and the request stays open',
    withPolicyFor(['RejectWithdrawal'], (p) => ({ ...p, requireMessage: false })),
  ),
  mutant(
    'rejection-category-lost',
    ['R9'],
    'the seller is shown every rejection as "other": the category the buyer chose is lost',
    'reject_withdrawal with category: item_defective checks rejectionCategory: item_defective',
    withEvents((e) => (e.kind === 'WithdrawalRejected' ? { ...e, category: 'other' } : e)),
  ),
  mutant(
    'rejection-cooldown-ignored',
    ['R12'],
    'a rejection starts no cooldown: the seller can re-request at once',
    'reject on 8/4, re-request on 8/8 expects COOLDOWN_ACTIVE until 2021-08-09T00:00',
    withPolicyFor(['RejectWithdrawal'], (p) => ({ ...p, rejectionCooldownDays: 0 })),
  ),
  mutant(
    'rejection-cooldown-one-day-short',
    ['R12'],
    'the rejection cooldown ends a day early (00:00 of rejection date + days − 1)',
    'reject on 8/4, re-request at 2021-08-08T23:59 expects COOLDOWN_ACTIVE; at 2021-08-09T00:00 it goes through',
    withPolicyFor(['RejectWithdrawal'], (p) => ({ ...p, rejectionCooldownDays: Math.max(0, p.rejectionCooldownDays - 1) })),
  ),
  mutant(
    'rejection-cooldown-ends-a-millisecond-late',
    ['R12'],
    'the rejection cooldown ends at 00:00:00.001 instead of 00:00 of rejection date + days',
    'reject on 8/4, re-request at exactly 2021-08-09T00:00 goes through',
    withEvents((e) => (e.kind === 'WithdrawalRejected' && e.cooldownUntil !== null ? { ...e, cooldownUntil: e.cooldownUntil + 1 } : e)),
  ),
];
