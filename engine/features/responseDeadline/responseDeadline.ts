import { decideExpire } from './decideExpire.js';
import type { DeadlineRetimed, WithdrawalRequested } from '../../ClaimEvent.js';
import { type ScheduledCommand, TIMER_PRIORITY } from '../../ScheduledCommand.js';
import type { Feature } from '../Feature.js';
import { responseDeadlineEvolves } from './evolves.js';
import { responseDeadlineMutants } from './mutants.js';

/** R10: a request's timeout, armed for its deadline (and again when a dated change re-times it, R10a). */
function expiry(e: WithdrawalRequested | DeadlineRetimed): ScheduledCommand {
  return { at: e.timeoutAt, priority: TIMER_PRIORITY.deadline, claim: e.claim, command: { kind: 'ExpireWithdrawal', claim: e.claim, request: e.request } };
}

/** R10: when the deadline passes with no answer, the claim is withdrawn (or the withdrawal lapses). */
export const responseDeadline: Feature = {
  name: 'responseDeadline',
  rules: ['R10', 'R6'],
  docs: 'docs/rules.md#the-buyers-answer-1-4',
  decides: { ExpireWithdrawal: decideExpire },
  arms: { WithdrawalRequested: expiry, DeadlineRetimed: expiry },
  evolves: responseDeadlineEvolves,
  mutants: responseDeadlineMutants,
};
