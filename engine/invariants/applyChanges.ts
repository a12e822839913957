import type { Instant } from '../Calendar.js';
import type { CheckerContext } from './CheckerContext.js';
import type { CheckerChange } from './CheckerDatedChanges.js';
import type { ClaimRecord } from './ClaimRecord.js';

/** What the checks judge when a dated change re-times a claim's open request (the `onRetime` hooks, in the registry's order). */
export type OnRetime = (rec: ClaimRecord, at: Instant) => void;

/**
 * R10a, R15a, the checker's side, for one claim: every dated change not yet in its record is
 * taken in, in order, up to `t`: those dated before t, and those dated at t too unless
 * `timerFirst` (the event about to be judged is one of the claim's timers due at t, which fire
 * before a change dated then). Each claim takes a change in at its own place in the log, so the
 * verdict on a claim never depends on what other claims do at the change instant.
 *
 * With `inFlightDeadlines: retime`, a request still open after the change instant gets the
 * deadline the new window gives from its request date, timing out no earlier than the change;
 * `onRetime` judges the request first, at the change's instant, with the record as it was
 * before (I11: a reminder due at or before the change must have been sent by then). With
 * `inFlightCooldowns: recompute`, each cooldown in force is recounted from its start with the
 * new length, and ends at the change if that is already past. A request whose timeout falls
 * exactly at the change instant timed out before it (deadline timers fire first) and is left
 * as it was.
 */
export function applyChanges(ctx: CheckerContext, rec: ClaimRecord, t: Instant, onRetime: OnRetime, timerFirst = false): void {
  const { changes } = ctx.datedChanges;
  let k = rec.changesSeen;
  while (k < changes.length && (changes[k]!.at < t || (changes[k]!.at === t && !timerFirst))) {
    const c = changes[k++]!;
    rec.changesSeen = k;
    if (ctx.datedChanges.retimesDeadlines && c.after.responseWindowDays !== c.before.responseWindowDays && rec.withdrawal === 'requested' && rec.timeoutAt > c.at) {
      onRetime(rec, c.at);
      retimeRequest(rec, c);
    }
    if (ctx.datedChanges.recomputesCooldowns) recountCooldowns(ctx, rec, c);
  }
}

/** The changes dated at or before `t` taken into every record held (a checkpoint, the end of the run). */
export function applyChangesToAll(ctx: CheckerContext, t: Instant, onRetime: OnRetime): void {
  const { changes } = ctx.datedChanges;
  if (changes.length === 0 || changes[0]!.at > t) return;
  for (const rec of ctx.claims.records()) applyChanges(ctx, rec, t, onRetime);
}

/** How many of the policy's changes are in force at `t` (a claim opened then starts with them). */
export function changesInForce(ctx: CheckerContext, t: Instant): number {
  const { changes } = ctx.datedChanges;
  let k = 0;
  while (k < changes.length && changes[k]!.at <= t) k++;
  return k;
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
