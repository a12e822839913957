import type { WithdrawalRequested } from '../ClaimEvent.js';
import { type CheckerContext, date, when } from './CheckerContext.js';
import { type ClaimRecord, recentEvents } from './ClaimRecord.js';
import { invariant } from './Invariant.js';

/**
 * A request or re-request, before it is folded: I6 (no second open withdrawal, R5), I5 (not
 * before every cooldown has ended, R12/R15), I2 (deadline = request date + window − 1, R6)
 * and the timeout instant it promises (I3, R10).
 */
function checkRequest(ctx: CheckerContext<'I6' | 'I5' | 'I2' | 'I3'>, rec: ClaimRecord, e: WithdrawalRequested): void {
  const what = e.reRequest ? 're-request' : 'request';
  if (rec.withdrawal === 'requested' || (rec.withdrawal === 'on_hold' && !e.reRequest)) {
    ctx.log.report('I6', rec.id, e.at, `claim ${rec.id}: a ${what} at ${when(ctx, e.at)} opened a second withdrawal while one is ${rec.withdrawal}`, recentEvents(rec));
  }
  if (e.at < rec.cooldownEnd) {
    ctx.log.report('I5', rec.id, e.at, `claim ${rec.id}: ${what} at ${when(ctx, e.at)} inside a cooldown that ends at ${when(ctx, rec.cooldownEnd)} (R12, R15)`, recentEvents(rec));
  }
  const days = ctx.datedChanges.daysAt(e.at);
  const deadline = days.deadlineOf(e.at);
  if (e.deadline !== deadline) {
    ctx.log.report(
      'I2',
      rec.id,
      e.at,
      `claim ${rec.id}: the ${what} at ${when(ctx, e.at)} has deadline ${date(e.deadline)}; expected ${date(deadline)} (request date + ${ctx.datedChanges.policyAt(e.at).responseWindowDays} − 1)`,
      recentEvents(rec),
    );
  }
  const timeoutAt = days.timeoutOf(deadline);
  if (e.timeoutAt !== timeoutAt) {
    ctx.log.report(
      'I3',
      rec.id,
      e.at,
      `claim ${rec.id}: the ${what} at ${when(ctx, e.at)} sets its timeout at ${when(ctx, e.timeoutAt)}; expected ${when(ctx, timeoutAt)} (00:00 after the deadline ${date(deadline)})`,
      recentEvents(rec),
    );
  }
}

/** What a request promises (I6, I5, I2, I3). */
export const requestInvariant = invariant({ ids: ['I6', 'I5', 'I2', 'I3'], on: { WithdrawalRequested: checkRequest } });
