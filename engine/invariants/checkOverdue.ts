import type { Instant } from '../Calendar.js';
import { type CheckerContext, date, when } from './CheckerContext.js';
import { type ClaimRecord, recentEvents } from './ClaimRecord.js';
import { invariant } from './Invariant.js';

/**
 * I3 (R10), the late side: a request still open at or after its timeout instant (timers due
 * at an instant fire before anything else dated then). `what` names the observation.
 */
function checkOverdue(ctx: CheckerContext<'I3'>, rec: ClaimRecord, at: Instant, what: string): void {
  if (rec.withdrawal === 'requested' && at >= rec.timeoutAt) {
    ctx.log.report(
      'I3',
      rec.id,
      at,
      `claim ${rec.id}: still requested at ${when(ctx, at)} (${what}), past its timeout at ${when(ctx, rec.timeoutAt)} (00:00 after the deadline ${date(rec.deadline)})`,
      recentEvents(rec),
    );
  }
}

/**
 * I3's late side, at the events after which a request pending past its timeout cannot stand
 * (a request, a lapse for leaving the eligible statuses, a cancellation, an advance, a memo, a
 * contact of support) and at the end of the run.
 */
export const overdueInvariant = invariant({
  ids: ['I3'],
  on: {
    WithdrawalRequested: (ctx, rec, e) => checkOverdue(ctx, rec, e.at, e.kind),
    WithdrawalLapsed: (ctx, rec, e) => {
      if (e.cause !== 'timeout') checkOverdue(ctx, rec, e.at, e.kind);
    },
    WithdrawalCancelled: (ctx, rec, e) => checkOverdue(ctx, rec, e.at, e.kind),
    ClaimAdvanced: (ctx, rec, e) => checkOverdue(ctx, rec, e.at, e.kind),
    MemoSent: (ctx, rec, e) => checkOverdue(ctx, rec, e.at, e.kind),
    SupportContacted: (ctx, rec, e) => checkOverdue(ctx, rec, e.at, e.kind),
  },
  atEnd: (ctx, rec, now) => checkOverdue(ctx, rec, now, 'end of the run'),
});
