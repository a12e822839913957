import type { Decide } from '../decide.js';
import type { AnyCommandKind, RefusalCode } from '../types.js';
import type { RuleMutant } from './RuleMutant.js';
import { mutant } from './mutant.js';
import { REQUESTS, refusedWith, withoutActor } from './mutantTools.js';

/** The rules, with the actor check of group 3 skipped for the commands of the given kinds. */
function actorIgnored(kinds: readonly AnyCommandKind[], ...codes: readonly RefusalCode[]): (base: Decide) => Decide {
  return (base) => (state, cmd, now, policy) => {
    const d = base(state, cmd, now, policy);
    return kinds.includes(cmd.kind) && refusedWith(d, ...codes) ? base(state, withoutActor(cmd), now, policy) : d;
  };
}

const GROUP_4: readonly RefusalCode[] = ['INVALID_TRANSITION', 'INELIGIBLE_STATUS', 'WITHDRAWAL_ALREADY_OPEN', 'NO_OPEN_REQUEST', 'NOT_ON_HOLD'];

/** Who may act (rules.md, clarifications): R1, R7 and the actors of the other actions. */
export const actorMutants: readonly RuleMutant[] = [
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
    'claim-opened-by-anyone',
    ['R7'],
    'anyone, not only the order\'s buyer, can open a claim on it',
    'open_claim as the seller or another buyer expects NOT_BUYER, and no claim is opened',
    actorIgnored(['OpenClaim'], 'NOT_BUYER'),
  ),
  mutant(
    'support-by-anyone',
    ['R3'],
    'anyone, not only the claim\'s seller, can contact the support desk about the claim',
    'contact_support as the buyer expects NOT_SELLER',
    actorIgnored(['ContactSupport'], 'NOT_SELLER'),
  ),
  mutant(
    'memo-sender-unchecked',
    ['R20'],
    'a memo goes out under the party named in from: whoever sends it',
    'send_memo from: seller as the buyer expects NOT_SELLER (and from: buyer as the seller NOT_BUYER); the memo counts do not move',
    actorIgnored(['SendMemo'], 'NOT_SELLER', 'NOT_BUYER'),
  ),
];
