import type { RuleMutant } from '../Feature.js';
import { mutant, withPolicyFor } from '../mutantWrappers.js';

/** The dated changes' deliberate bugs, for `claimsim mutate`: the in-flight choices read backwards (R10a, R15a). */
export const datedChangesMutants: readonly RuleMutant[] = [
  mutant(
    'kept-deadline-retimed',
    ['R10', 'R6'],
    'a dated change of the window re-times requests in flight although inFlightDeadlines is keep (R10a)',
    'with a change 7 → 10 days at 00:00 on 8/1 and inFlightDeadlines keep, a request on 7/29 keeps deadline 2021-08-04 and is withdrawn at 00:00 on 8/5',
    withPolicyFor(['ChangePolicy'], (p) => ({ ...p, inFlightDeadlines: 'retime' })),
  ),
  mutant(
    'retimed-deadline-kept',
    ['R10', 'R6'],
    'a dated change of the window keeps the deadlines of requests in flight although inFlightDeadlines is retime (R10a)',
    'with a change 7 → 10 days at 00:00 on 8/1 and inFlightDeadlines retime, a request on 7/29 checks deadline 2021-08-07 after the change',
    withPolicyFor(['ChangePolicy'], (p) => ({ ...p, inFlightDeadlines: 'keep' })),
  ),
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
];
