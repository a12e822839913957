import type { Decide, RuleMutant } from '../Feature.js';
import { actorIgnored, mapEvents, mutant, refusedWith, withEvents, withPolicyFor } from '../mutantWrappers.js';

/** R20 broken: an empty memo goes through (decided as a one-character memo, then given back its text). */
const emptyMemoAccepted = (base: Decide): Decide => (state, cmd, now, policy) => {
  const d = base(state, cmd, now, policy);
  if (cmd.kind !== 'SendMemo' || !refusedWith(d, 'MESSAGE_REQUIRED')) return d;
  return mapEvents(base(state, { ...cmd, text: '.' }, now, policy), (e) => (e.kind === 'MemoSent' ? { ...e, text: cmd.text } : e));
};

/** R3 broken: support refuses a closed claim, as every other action does (asked of the memo rule, which knows). */
const supportRefusedOnClosed = (base: Decide): Decide => (state, cmd, now, policy) => {
  const d = base(state, cmd, now, policy);
  if (cmd.kind !== 'ContactSupport' || !d.ok) return d;
  const probe = base(state, { kind: 'SendMemo', claim: cmd.claim, from: 'seller', text: 'probe' }, now, { ...policy, piiCheck: 'off' });
  return refusedWith(probe, 'CLAIM_CLOSED') ? probe : d;
};

/**
 * The memos' and the support desk's deliberate bugs, for `claimsim mutate`: who may contact
 * support and when (R3), who may send a memo, an empty one, and whom it answers (R20), and a
 * memo's personal data (R21).
 */
export const memoMutants: readonly RuleMutant[] = [
  mutant(
    'support-by-anyone',
    ['R3'],
    'anyone, not only the claim\'s seller, can contact the support desk about the claim',
    'contact_support as the buyer expects NOT_SELLER',
    actorIgnored(['ContactSupport'], 'NOT_SELLER'),
  ),
  mutant(
    'support-refused-on-closed-claims',
    ['R3'],
    'contact_support is refused with CLAIM_CLOSED on a terminal claim',
    'after a claim is withdrawn or completed, contact_support goes through',
    supportRefusedOnClosed,
  ),
  mutant(
    'memo-sender-unchecked',
    ['R20'],
    'a memo goes out under the party named in from: whoever sends it',
    'send_memo from: seller as the buyer expects NOT_SELLER (and from: buyer as the seller NOT_BUYER); the memo counts do not move',
    actorIgnored(['SendMemo'], 'NOT_SELLER', 'NOT_BUYER'),
  ),
  mutant(
    'empty-memo-accepted',
    ['R20'],
    'an empty memo is sent, and counts as unanswered',
    'send_memo with text: "" expects MESSAGE_REQUIRED, and the unanswered counts do not move',
    emptyMemoAccepted,
  ),
  mutant(
    'memo-counted-for-the-wrong-party',
    ['R20'],
    'a memo is counted as sent by the other party: it answers the wrong side\'s memos',
    'the buyer sends a memo: the seller has 1 unanswered, the buyer 0; the seller\'s reply clears it',
    withEvents((e) => (e.kind === 'MemoSent' ? { ...e, from: e.from === 'seller' ? 'buyer' : 'seller' } : e)),
  ),
  mutant(
    'memo-pii-unchecked',
    ['R21', 'R20'],
    'memos are not checked for personal data (withdrawal messages and reasons still are)',
    'a buyer\'s memo with a phone number goes through and checks piiWarnings: 1 (PII_IN_MESSAGE under block)',
    withPolicyFor(['SendMemo'], (p) => ({ ...p, piiCheck: 'off' })),
  ),
];
