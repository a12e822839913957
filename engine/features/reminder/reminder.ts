import { decideRemind } from './decideRemind.js';
import { reminderMutants } from './mutants.js';
import type { Instant } from '../../Calendar.js';
import type { DeadlineRetimed, WithdrawalRequested } from '../../ClaimEvent.js';
import { type ScheduledCommand, TIMER_PRIORITY } from '../../ScheduledCommand.js';
import type { Feature } from '../Feature.js';

/**
 * The reminder of a request, when the event promises one (`remindAt`). A valid policy puts it
 * after the request's date (and a re-timed one after the change); one promised earlier (rules
 * under test) is sent at once, for the checker (I11) to see. It names the deadline it reminds
 * of, so that a reminder of a deadline since re-timed (R10a) is stale.
 */
function reminderOf(e: WithdrawalRequested | DeadlineRetimed, _policy: unknown, now: Instant): ScheduledCommand | null {
  if (e.remindAt === undefined) return null;
  return { at: Math.max(e.remindAt, now), priority: TIMER_PRIORITY.deadline, claim: e.claim, command: { kind: 'RemindBuyer', claim: e.claim, request: e.request, deadline: e.deadline } };
}

/** Extension of R6/R10 (policy `reminderDaysBeforeDeadline`): the buyer is reminded N days before the deadline runs out. */
export const reminder: Feature = {
  name: 'reminder',
  rules: ['R10', 'R6'],
  docs: 'docs/rules.md#the-buyers-answer-1-4',
  decides: { RemindBuyer: decideRemind },
  arms: { WithdrawalRequested: reminderOf, DeadlineRetimed: reminderOf },
  // A reminder sends a notification and changes no state.
  evolves: { BuyerReminded: () => {} },
  mutants: reminderMutants,
};
