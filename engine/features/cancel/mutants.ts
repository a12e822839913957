import type { Decide, RuleMutant } from '../Feature.js';
import { mutant, withPolicyFor } from '../mutantWrappers.js';

/** R14 broken: a withdrawal on hold cannot be cancelled. */
const cancelRefusedOnHold = (base: Decide): Decide => (state, cmd, now, policy) => {
  const d = base(state, cmd, now, policy);
  if (cmd.kind !== 'CancelWithdrawal' || !d.ok || !d.events.some((e) => e.kind === 'WithdrawalCancelled' && e.from === 'on_hold')) return d;
  return { ok: false, refusal: { code: 'NO_OPEN_REQUEST', message: `claim ${cmd.claim} has no withdrawal request to cancel (R14)` } };
};

/** The cancel's deliberate bugs, for `claimsim mutate`: what may be cancelled (R14) and the cancellation cooldown (R15). */
export const cancelMutants: readonly RuleMutant[] = [
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
  mutant(
    'cancel-refused-on-hold',
    ['R14'],
    'the seller cannot cancel a withdrawal on hold (only one still requested)',
    'reject, then cancel_withdrawal goes through and the claim has withdrawal none',
    cancelRefusedOnHold,
  ),
];
