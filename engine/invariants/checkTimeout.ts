import type { WithdrawalLapsed, WithdrawalTimedOut } from '../ClaimEvent.js';
import { type CheckerContext, date, when } from './CheckerContext.js';
import { type ClaimRecord, recentEvents } from './ClaimRecord.js';
import { invariant } from './Invariant.js';

/**
 * I3 (R10): a timeout ends the open request exactly at 00:00 of deadline+1, withdrawing the
 * claim (or, with `autoWithdrawOnTimeout: false`, letting the request lapse).
 */
function checkTimeout(ctx: CheckerContext<'I3'>, rec: ClaimRecord, e: WithdrawalTimedOut | WithdrawalLapsed): void {
  if (rec.withdrawal !== 'requested') {
    ctx.log.report('I3', rec.id, e.at, `claim ${rec.id}: a timeout at ${when(ctx, e.at)} with no withdrawal requested (withdrawal ${rec.withdrawal})`, recentEvents(rec));
    return;
  }
  if (e.kind === 'WithdrawalTimedOut' && e.request !== rec.requests) {
    ctx.log.report('I3', rec.id, e.at, `claim ${rec.id}: the timeout of request ${e.request} fired at ${when(ctx, e.at)}, but request ${rec.requests} is the open one`, recentEvents(rec));
  }
  const auto = ctx.datedChanges.policyAt(e.at).autoWithdrawOnTimeout;
  if (auto !== (e.kind === 'WithdrawalTimedOut')) {
    ctx.log.report(
      'I3',
      rec.id,
      e.at,
      `claim ${rec.id}: the timeout at ${when(ctx, e.at)} ${auto ? 'let the request lapse' : 'withdrew the claim'}; with autoWithdrawOnTimeout ${auto} it should ${auto ? 'withdraw the claim' : 'lapse'}`,
      recentEvents(rec),
    );
  }
  if (e.at !== rec.timeoutAt) {
    ctx.log.report(
      'I3',
      rec.id,
      e.at,
      `claim ${rec.id}: timed out at ${when(ctx, e.at)}, ${e.at < rec.timeoutAt ? 'early' : 'late'}; expected exactly ${when(ctx, rec.timeoutAt)} (00:00 after the deadline ${date(rec.deadline)})`,
      recentEvents(rec),
    );
  }
}

/** I3 on the timeout itself (R10, or its lapse): a claim's own timer. */
export const timeoutInvariant = invariant({
  ids: ['I3'],
  on: {
    WithdrawalTimedOut: checkTimeout,
    WithdrawalLapsed: (ctx, rec, e) => {
      if (e.cause === 'timeout') checkTimeout(ctx, rec, e);
    },
  },
  timers: { WithdrawalTimedOut: () => true, WithdrawalLapsed: (e) => e.cause === 'timeout' },
});
