import type { RuleMutant } from '../Feature.js';
import { mutant, withEvents, withPolicyFor } from '../mutantWrappers.js';

/** The timeout's deliberate bugs, for `claimsim mutate`: what it does to the claim (R10) and to the buyer's counter (R6). */
export const responseDeadlineMutants: readonly RuleMutant[] = [
  mutant(
    'timeout-outcome-flipped',
    ['R10'],
    'on timeout the request lapses instead of withdrawing the claim (and withdraws it when the policy says lapse)',
    'after an unanswered request, check status withdrawn with outcome timeout (and, with autoWithdrawOnTimeout: false, withdrawal none)',
    withPolicyFor(['ExpireWithdrawal'], (p) => ({ ...p, autoWithdrawOnTimeout: !p.autoWithdrawOnTimeout })),
  ),
  mutant(
    'timeout-keeps-buyer-counter',
    ['R6', 'R10'],
    'the buyer\'s pending-withdrawal counter is not lowered when a request times out',
    'after an unanswered request is withdrawn at 00:00 of deadline + 1, check the buyer\'s pendingWithdrawals: 0',
    withEvents((e) => (e.kind === 'WithdrawalTimedOut' ? { ...e, pendingWithdrawals: e.pendingWithdrawals + 1 } : e)),
  ),
];
