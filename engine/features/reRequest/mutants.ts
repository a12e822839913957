import { calendarFor } from '../../calendarFor.js';
import type { Instant } from '../../Calendar.js';
import type { Decide, RuleMutant } from '../Feature.js';
import { REQUESTS, mutant, refusedWith, requestAt, withEvents, withPolicyFor } from '../mutantWrappers.js';

/** R4 / R11 broken for the refusal order: group 7 (the message) checked before group 5 (the cooldown). */
const messageBeforeCooldown = (base: Decide): Decide => (state, cmd, now, policy) => {
  const d = base(state, cmd, now, policy);
  if (!REQUESTS.includes(cmd.kind) || !refusedWith(d, 'COOLDOWN_ACTIVE') || d.refusal.until === undefined) return d;
  // Decided again once the cooldown is over (and with no limit in the way): the message's own refusal, if any.
  const later = base(state, cmd, d.refusal.until, { ...policy, maxReRequests: null });
  return refusedWith(later, 'MESSAGE_REQUIRED', 'PII_IN_MESSAGE') ? later : d;
};

/**
 * R15 broken: cooldowns do not add up; only the cooldown set last (by a rejection or a
 * cancel) is in force. The wrapper remembers, per claim, the last cooldown its own decisions
 * set, and lets a request through once that one has ended.
 */
const lastCooldownOnly = (base: Decide): Decide => {
  const last = new Map<string, Instant | null>();
  return (state, cmd, now, policy) => {
    const d = base(state, cmd, now, policy);
    if (d.ok) {
      for (const e of d.events) if (e.kind === 'WithdrawalRejected' || e.kind === 'WithdrawalCancelled') last.set(e.claim, e.cooldownUntil);
      return d;
    }
    if (!REQUESTS.includes(cmd.kind) || !refusedWith(d, 'COOLDOWN_ACTIVE') || !('claim' in cmd) || !last.has(cmd.claim)) return d;
    const until = last.get(cmd.claim) ?? null;
    if (until !== null && now < until) return until === d.refusal.until ? d : { ok: false, refusal: { ...d.refusal, until } };
    return requestAt(base, state, cmd, now, policy)(d.refusal.until ?? now);
  };
};

/**
 * The re-request's deliberate bugs, for `claimsim mutate`: its deadline and reason (R11), the
 * refusal order of its cooldown (R12), the limit (R13), and cooldowns that add up (R15).
 */
export const reRequestMutants: readonly RuleMutant[] = [
  mutant(
    're-request-deadline-from-the-day-after',
    ['R11', 'R6'],
    'a re-request\'s deadline is counted from the day after the re-request, not from its date',
    'a re-request checks its deadline (re-request date + 6) and is withdrawn at 00:00 of the day after it',
    withEvents((e, policy) => {
      if (e.kind !== 'WithdrawalRequested' || !e.reRequest) return e;
      return { ...e, deadline: e.deadline + 1, timeoutAt: calendarFor(policy.timezone).startOfDay(e.deadline + 2) };
    }),
  ),
  mutant(
    're-request-message-not-required',
    ['R11', 'R4'],
    'a re-request with an empty reason goes through',
    're_request_withdrawal with message: "  " after the cooldown expects MESSAGE_REQUIRED',
    withPolicyFor(['ReRequestWithdrawal'], (p) => ({ ...p, requireMessage: false })),
  ),
  mutant(
    'message-check-before-cooldown',
    ['R12', 'R4'],
    'MESSAGE_REQUIRED and PII_IN_MESSAGE are checked before COOLDOWN_ACTIVE',
    'inside the rejection cooldown, a re-request with an empty reason expects COOLDOWN_ACTIVE, not MESSAGE_REQUIRED',
    messageBeforeCooldown,
  ),
  mutant(
    're-request-limit-off-by-one',
    ['R13'],
    'the re-request limit lets one re-request more than maxReRequests',
    'with maxReRequests: 1, the second re-request expects RE_REQUEST_LIMIT',
    withPolicyFor(['ReRequestWithdrawal'], (p) => ({ ...p, maxReRequests: p.maxReRequests === null ? null : p.maxReRequests + 1 })),
  ),
  {
    name: 'cooldowns-do-not-add-up',
    rules: ['R15', 'R12'],
    description: 'only the cooldown set last is in force: a cancel from on hold ends the rejection\'s longer cooldown',
    suggestedScenario: 'reject, then cancel from on hold with a shorter cancellation cooldown; a request after the cancel\'s cooldown and before the rejection\'s expects COOLDOWN_ACTIVE',
    mutate: lastCooldownOnly,
  },
];
