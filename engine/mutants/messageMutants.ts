import type { Decide } from '../decide.js';
import type { RuleMutant } from './RuleMutant.js';
import { mutant } from './mutant.js';
import { REQUESTS, mapEvents, refusedWith, withEvents, withPolicyFor } from './mutantTools.js';

const ALL_COMMANDS = ['RequestWithdrawal', 'ReRequestWithdrawal', 'RejectWithdrawal', 'SendMemo'] as const;

/** R4 / R11 broken for the refusal order: group 7 (the message) checked before group 5 (the cooldown). */
const messageBeforeCooldown = (base: Decide): Decide => (state, cmd, now, policy) => {
  const d = base(state, cmd, now, policy);
  if (!REQUESTS.includes(cmd.kind) || !refusedWith(d, 'COOLDOWN_ACTIVE') || d.refusal.until === undefined) return d;
  // Decided again once the cooldown is over (and with no limit in the way): the message's own refusal, if any.
  const later = base(state, cmd, d.refusal.until, { ...policy, maxReRequests: null });
  return refusedWith(later, 'MESSAGE_REQUIRED', 'PII_IN_MESSAGE') ? later : d;
};

/** R20 broken: an empty memo goes through (decided as a one-character memo, then given back its text). */
const emptyMemoAccepted = (base: Decide): Decide => (state, cmd, now, policy) => {
  const d = base(state, cmd, now, policy);
  if (cmd.kind !== 'SendMemo' || !refusedWith(d, 'MESSAGE_REQUIRED')) return d;
  return mapEvents(base(state, { ...cmd, text: '.' }, now, policy), (e) => (e.kind === 'MemoSent' ? { ...e, text: cmd.text } : e));
};

/** Messages and personal data (R4, R9, R11, R20, R21). */
export const messageMutants: readonly RuleMutant[] = [
  mutant(
    'request-message-not-required',
    ['R4'],
    'a first request with an empty seller message goes through',
    'request_withdrawal with message: "" expects MESSAGE_REQUIRED, and the claim stays without a withdrawal',
    withPolicyFor(['RequestWithdrawal'], (p) => ({ ...p, requireMessage: false })),
  ),
  mutant(
    're-request-message-not-required',
    ['R11', 'R4'],
    'a re-request with an empty reason goes through',
    're_request_withdrawal with message: "  " after the cooldown expects MESSAGE_REQUIRED',
    withPolicyFor(['ReRequestWithdrawal'], (p) => ({ ...p, requireMessage: false })),
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
    'message-check-before-cooldown',
    ['R12', 'R4'],
    'MESSAGE_REQUIRED and PII_IN_MESSAGE are checked before COOLDOWN_ACTIVE',
    'inside the rejection cooldown, a re-request with an empty reason expects COOLDOWN_ACTIVE, not MESSAGE_REQUIRED',
    messageBeforeCooldown,
  ),
  mutant(
    'empty-memo-accepted',
    ['R20'],
    'an empty memo is sent, and counts as unanswered',
    'send_memo with text: "" expects MESSAGE_REQUIRED, and the unanswered counts do not move',
    emptyMemoAccepted,
  ),
  mutant(
    'pii-ignored-under-block',
    ['R21'],
    'with piiCheck: block, personal data goes through unrefused and unrecorded',
    'with piiCheck: block, a memo with a phone number expects PII_IN_MESSAGE',
    withPolicyFor(ALL_COMMANDS, (p) => (p.piiCheck === 'block' ? { ...p, piiCheck: 'off' } : p)),
  ),
  mutant(
    'memo-pii-unchecked',
    ['R21', 'R20'],
    'memos are not checked for personal data (withdrawal messages and reasons still are)',
    'a buyer\'s memo with a phone number goes through and checks piiWarnings: 1 (PII_IN_MESSAGE under block)',
    withPolicyFor(['SendMemo'], (p) => ({ ...p, piiCheck: 'off' })),
  ),
  mutant(
    'pii-ignored-under-warn',
    ['R21'],
    'with piiCheck: warn (the default), personal data goes through with no warning recorded',
    'a request whose message carries an e-mail address goes through and checks piiWarnings: 1',
    withPolicyFor(ALL_COMMANDS, (p) => (p.piiCheck === 'warn' ? { ...p, piiCheck: 'off' } : p)),
  ),
];
