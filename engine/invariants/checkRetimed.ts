import type { CooldownRetimed, DeadlineRetimed } from '../ClaimEvent.js';
import { type CheckerContext, date, when } from './CheckerContext.js';
import { type ClaimRecord, recentEvents } from './ClaimRecord.js';
import { invariant } from './Invariant.js';

/**
 * I2 (R10a): a deadline is re-timed only at a dated change, only when the policy re-times
 * requests in flight, only for the open request, and to the deadline and timeout the checker
 * counts itself (its records were brought to the change before this event, `applyChanges`).
 */
function checkDeadlineRetimed(ctx: CheckerContext<'I2' | 'I11'>, rec: ClaimRecord, e: DeadlineRetimed): void {
  const report = (why: string): void => ctx.log.report('I2', rec.id, e.at, `claim ${rec.id}: a deadline re-timed at ${when(ctx, e.at)} ${why} (R10a)`, recentEvents(rec));
  if (!ctx.datedChanges.changes.some((c) => c.at === e.at)) return report('where no dated change takes effect');
  if (!ctx.datedChanges.retimesDeadlines) return report('although inFlightDeadlines is keep: an open request keeps the deadline it was given');
  if (rec.withdrawal !== 'requested' || e.request !== rec.requests) return report(`for request ${e.request}, which is not open (withdrawal ${rec.withdrawal})`);
  if (e.deadline !== rec.deadline || e.timeoutAt !== rec.timeoutAt) {
    report(`to ${date(e.deadline)} (timeout ${when(ctx, e.timeoutAt)}); expected ${date(rec.deadline)} (timeout ${when(ctx, rec.timeoutAt)})`);
  }
  const promised = e.remindAt ?? Number.POSITIVE_INFINITY;
  if (promised !== rec.remindAt) {
    const show = (t: number) => (t === Number.POSITIVE_INFINITY ? 'no reminder' : when(ctx, t));
    ctx.log.report('I11', rec.id, e.at, `claim ${rec.id}: the deadline re-timed at ${when(ctx, e.at)} sets its reminder at ${show(promised)}; expected ${show(rec.remindAt)} (R10a)`, recentEvents(rec));
  }
}

/** I5 (R15a): cooldowns are recomputed only at a dated change that recomputes them, to the ends the checker counts itself. */
function checkCooldownRetimed(ctx: CheckerContext<'I5'>, rec: ClaimRecord, e: CooldownRetimed): void {
  const report = (why: string): void => ctx.log.report('I5', rec.id, e.at, `claim ${rec.id}: cooldowns recomputed at ${when(ctx, e.at)} ${why} (R15a)`, recentEvents(rec));
  if (!ctx.datedChanges.changes.some((c) => c.at === e.at)) return report('where no dated change takes effect');
  if (!ctx.datedChanges.recomputesCooldowns) return report('although inFlightCooldowns is keep: a cooldown in force keeps its end');
  const ends = ctx.cooldownEnds.get(rec.id);
  const show = (t: number | null | undefined): string => (t === null || t === undefined ? 'none' : when(ctx, t));
  if (ends?.rejection !== e.rejectionCooldownUntil || ends.cancellation !== e.cancellationCooldownUntil) {
    report(`to ${show(e.rejectionCooldownUntil)} (rejection) and ${show(e.cancellationCooldownUntil)} (cancellation); expected ${show(ends?.rejection)} and ${show(ends?.cancellation)}`);
  }
}

/** A deadline a dated change re-timed (R10a): I2, and I11 on the reminder it sets. */
export const deadlineRetimedInvariant = invariant({ ids: ['I2', 'I11'], on: { DeadlineRetimed: checkDeadlineRetimed } });

/** Cooldowns a dated change recomputed (R15a): I5. */
export const cooldownRetimedInvariant = invariant({ ids: ['I5'], on: { CooldownRetimed: checkCooldownRetimed } });
