import type { WithdrawalAccepted, WithdrawalRejected } from '../ClaimEvent.js';
import { type CheckerContext, date, when } from './CheckerContext.js';
import { type ClaimRecord, recentEvents } from './ClaimRecord.js';
import { invariant } from './Invariant.js';

/** I4 (R7): a buyer's answer is accepted only for an open request, before 00:00 of deadline+1. */
function checkAnswer(ctx: CheckerContext<'I4'>, rec: ClaimRecord, e: WithdrawalAccepted | WithdrawalRejected): void {
  const what = e.kind === 'WithdrawalAccepted' ? 'acceptance' : 'rejection';
  if (rec.withdrawal !== 'requested') {
    ctx.log.report('I4', rec.id, e.at, `claim ${rec.id}: the buyer's ${what} at ${when(ctx, e.at)} answered no open request (withdrawal ${rec.withdrawal})`, recentEvents(rec));
  } else if (e.at >= rec.timeoutAt) {
    ctx.log.report(
      'I4',
      rec.id,
      e.at,
      `claim ${rec.id}: the buyer's ${what} at ${when(ctx, e.at)} came after the deadline ${date(rec.deadline)} (the window closed at ${when(ctx, rec.timeoutAt)})`,
      recentEvents(rec),
    );
  }
}

/** I4: a buyer's answer comes only for an open request, in time. */
export const answerInvariant = invariant({ ids: ['I4'], on: { WithdrawalAccepted: checkAnswer, WithdrawalRejected: checkAnswer } });
