import type { Instant } from '../Calendar.js';
import type { CheckerContext } from './CheckerContext.js';
import type { CheckerChange } from './CheckerTimeline.js';
import type { ClaimRecord } from './ClaimRecord.js';

/**
 * R10a, R15a, the checker's side: every dated change at or before `t` not yet taken into
 * account now is, in order. With `inFlightDeadlines: retime`, each request still open after
 * the change instant gets the deadline the new window gives from its request date, timing out
 * no earlier than the change; with `inFlightCooldowns: recompute`, each cooldown in force is
 * recounted from its start with the new length, and ends at the change if that is already past.
 * A request whose timeout falls exactly at the change instant timed out before it (deadline
 * timers fire first) and is left as it was.
 */
export function applyChanges(ctx: CheckerContext, t: Instant): void {
  const { changes } = ctx.timeline;
  while (ctx.changesApplied < changes.length && changes[ctx.changesApplied]!.at <= t) {
    const c = changes[ctx.changesApplied++]!;
    const retime = ctx.timeline.retimesDeadlines && c.after.responseWindowDays !== c.before.responseWindowDays;
    const recompute = ctx.timeline.recomputesCooldowns && ctx.cooldownEnds.size > 0;
    if (!retime && !recompute) continue;
    for (const rec of ctx.claims.records()) {
      if (retime && rec.withdrawal === 'requested' && rec.timeoutAt > c.at) retimeRequest(rec, c);
      if (recompute) recountCooldowns(ctx, rec, c);
    }
  }
}

function retimeRequest(rec: ClaimRecord, c: CheckerChange): void {
  // The deadline is the request date + window − 1: the same request date, the new window.
  rec.deadline = rec.deadline - c.before.responseWindowDays + c.after.responseWindowDays;
  rec.timeoutAt = Math.max(c.daysAfter.timeoutOf(rec.deadline), c.at);
  // The reminder moves with the deadline, under the N in force from the change; none if that is not after it.
  const remindAt = c.daysAfter.reminderOf(rec.deadline);
  rec.remindAt = remindAt > c.at ? remindAt : Number.POSITIVE_INFINITY;
}

function recountCooldowns(ctx: CheckerContext, rec: ClaimRecord, c: CheckerChange): void {
  const ends = ctx.cooldownEnds.get(rec.id);
  if (ends === undefined) return;
  const cal = c.daysAfter.calendar;
  const recount = (end: Instant | null, oldDays: number, lengthFrom: (at: Instant) => Instant | null): Instant | null => {
    if (end === null || end <= c.at) return end;
    const startedOn = cal.startOfDay(cal.dayOf(end) - oldDays);
    const recounted = lengthFrom(startedOn);
    return recounted !== null && recounted > c.at ? recounted : null;
  };
  ends.rejection = recount(ends.rejection, c.before.rejectionCooldownDays, (at) => c.daysAfter.rejectionCooldownEnd(at));
  ends.cancellation = recount(ends.cancellation, c.before.cancellationCooldownDays, (at) => c.daysAfter.cancellationCooldownEnd(at));
  rec.cooldownEnd = Math.max(ends.rejection ?? Number.NEGATIVE_INFINITY, ends.cancellation ?? Number.NEGATIVE_INFINITY);
}
