import type { Decide } from '../decide.js';
import type { Instant } from '../types.js';
import type { RuleMutant } from './RuleMutant.js';
import { mutant } from './mutant.js';
import { REQUESTS, refusedWith, requestAt, withEvents, withPolicyFor } from './mutantTools.js';

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

/** Cooldowns (R12, R15) and the re-request limit (R13). */
export const cooldownMutants: readonly RuleMutant[] = [
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
  mutant(
    'cancellation-cooldown-ignored',
    ['R15'],
    'a cancel starts no cooldown: the seller can request again at once',
    'cancel on 8/2, request on 8/3 expects COOLDOWN_ACTIVE until 2021-08-07T00:00',
    withPolicyFor(['CancelWithdrawal'], (p) => ({ ...p, cancellationCooldownDays: 0 })),
  ),
  mutant(
    'cancellation-cooldown-one-day-long',
    ['R15'],
    'the cancellation cooldown ends a day late (00:00 of cancel date + days + 1)',
    'cancel on 8/2, request at 2021-08-07T00:00 goes through',
    withPolicyFor(['CancelWithdrawal'], (p) => ({ ...p, cancellationCooldownDays: p.cancellationCooldownDays + 1 })),
  ),
  mutant(
    'cancellation-cooldown-uses-rejection-days',
    ['R15'],
    'a cancel\'s cooldown is counted with rejectionCooldownDays instead of cancellationCooldownDays',
    'with rejectionCooldownDays: 5 and cancellationCooldownDays: 2, cancel on 8/2 and request at 00:00 on 8/4',
    withPolicyFor(['CancelWithdrawal'], (p) => ({ ...p, cancellationCooldownDays: p.rejectionCooldownDays })),
  ),
  {
    name: 'cooldowns-do-not-add-up',
    rules: ['R15', 'R12'],
    description: 'only the cooldown set last is in force: a cancel from on hold ends the rejection\'s longer cooldown',
    suggestedScenario: 'reject, then cancel from on hold with a shorter cancellation cooldown; a request after the cancel\'s cooldown and before the rejection\'s expects COOLDOWN_ACTIVE',
    mutate: lastCooldownOnly,
  },
  mutant(
    'kept-cooldown-recomputed',
    ['R15', 'R12'],
    'a dated change of a cooldown length recomputes the cooldowns in force although inFlightCooldowns is keep (R15a)',
    'with a change of rejectionCooldownDays 5 → 2 at 00:00 on 8/1, a rejection on 7/30 still refuses a re-request at 23:59 on 8/3',
    withPolicyFor(['ChangePolicy'], (p) => ({ ...p, inFlightCooldowns: 'recompute' })),
  ),
  mutant(
    'recomputed-cooldown-kept',
    ['R15', 'R12'],
    'a dated change of a cooldown length keeps the ends of cooldowns in force although inFlightCooldowns is recompute (R15a)',
    'with a change of rejectionCooldownDays 5 → 2 at 00:00 on 8/1 and inFlightCooldowns recompute, a rejection on 7/30 lets a re-request through at 00:00 on 8/1',
    withPolicyFor(['ChangePolicy'], (p) => ({ ...p, inFlightCooldowns: 'keep' })),
  ),
  mutant(
    're-request-limit-off-by-one',
    ['R13'],
    'the re-request limit lets one re-request more than maxReRequests',
    'with maxReRequests: 1, the second re-request expects RE_REQUEST_LIMIT',
    withPolicyFor(['ReRequestWithdrawal'], (p) => ({ ...p, maxReRequests: p.maxReRequests === null ? null : p.maxReRequests + 1 })),
  ),
];
