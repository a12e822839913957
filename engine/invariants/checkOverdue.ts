import type { Instant } from '../Calendar.js';
import { type CheckerContext, date, when } from './CheckerContext.js';
import { type ClaimRecord, recentEvents } from './ClaimRecord.js';

/**
 * I3 (R10), the late side: a request still open at or after its timeout instant (timers due
 * at an instant fire before anything else dated then). `what` names the observation.
 */
export function checkOverdue(ctx: CheckerContext, rec: ClaimRecord, at: Instant, what: string): void {
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
