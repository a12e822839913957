import type { Instant } from '../Calendar.js';
import type { BuyerReminded } from '../ClaimEvent.js';
import { type CheckerContext, date, when } from './CheckerContext.js';
import { type ClaimRecord, recentEvents } from './ClaimRecord.js';
import { invariant } from './Invariant.js';

/**
 * I11 (the reminder, policy `reminderDaysBeforeDeadline`, an extension of R10): the buyer is
 * reminded of a request exactly once, at exactly 00:00 of deadline + 1 − N, and only while
 * that request is still pending; never for a closed claim or an answered, cancelled or
 * replaced request, and never when the policy sends no reminder. A deadline re-timed by a dated
 * change (R10a) gets its own reminder, under the N in force from the change, when that falls
 * after the change. Judged before the event is folded.
 */
function checkReminder(ctx: CheckerContext<'I11'>, rec: ClaimRecord, e: BuyerReminded): void {
  const report = (message: string) => ctx.log.report('I11', rec.id, e.at, `claim ${rec.id}: ${message}`, recentEvents(rec));
  const days = ctx.datedChanges.policyAt(e.at).reminderDaysBeforeDeadline;
  // A reminder promised before a dated change that turned reminders off is still due (R10a keep).
  if (days === null && rec.remindAt === Number.POSITIVE_INFINITY) {
    report(`a reminder at ${when(ctx, e.at)}, but the policy sends none (reminderDaysBeforeDeadline null)`);
    return;
  }
  if (rec.withdrawal !== 'requested') {
    report(`a reminder at ${when(ctx, e.at)} with no request pending (status ${rec.status}, withdrawal ${rec.withdrawal})`);
    return;
  }
  if (e.request !== rec.requests) {
    report(`a reminder of request ${e.request} at ${when(ctx, e.at)}, but request ${rec.requests} is the open one`);
    return;
  }
  if (rec.remindAt === Number.POSITIVE_INFINITY) {
    report(`a second reminder of request ${e.request} at ${when(ctx, e.at)}`);
    return;
  }
  if (e.at !== rec.remindAt) {
    report(`reminded at ${when(ctx, e.at)}, ${e.at < rec.remindAt ? 'early' : 'late'}; expected exactly ${when(ctx, rec.remindAt)} (the reminder promised before the deadline ${date(rec.deadline)} runs out)`);
  }
  if (e.deadline !== rec.deadline) {
    report(`the reminder at ${when(ctx, e.at)} names the deadline ${date(e.deadline)}; the request's deadline is ${date(rec.deadline)}`);
  }
}

/**
 * I11, the late side: a pending request whose reminder instant has come (at or before `at`:
 * timers due at an instant fire before anything else dated then) and whose buyer was not
 * reminded. `what` names the observation.
 */
export function checkReminderDue(ctx: CheckerContext<'I11'>, rec: ClaimRecord, at: Instant, what: string): void {
  if (rec.withdrawal === 'requested' && at >= rec.remindAt) {
    ctx.log.report(
      'I11',
      rec.id,
      at,
      `claim ${rec.id}: request ${rec.requests} still pending at ${when(ctx, at)} (${what}) with no reminder; it was due at ${when(ctx, rec.remindAt)} (before the deadline ${date(rec.deadline)} runs out)`,
      recentEvents(rec),
    );
  }
}

/** I11 on a request: the reminder instant it promises (`remindAt`) is the checker's own, or absent when the policy sends none. */
function checkRemindAt(ctx: CheckerContext<'I11'>, rec: ClaimRecord, at: Instant, remindAt: Instant | undefined): void {
  const days = ctx.datedChanges.daysAt(at);
  const expected = days.reminderOf(days.deadlineOf(at));
  const promised = remindAt ?? Number.POSITIVE_INFINITY;
  if (promised === expected) return;
  const show = (t: Instant) => (t === Number.POSITIVE_INFINITY ? 'no reminder' : when(ctx, t));
  ctx.log.report('I11', rec.id, at, `claim ${rec.id}: the request at ${when(ctx, at)} sets its reminder at ${show(promised)}; expected ${show(expected)}`, recentEvents(rec));
}

/** I11, the reminder (policy `reminderDaysBeforeDeadline`): a claim's own timer, with a late side (at a re-timing too). */
export const reminderInvariant = invariant({
  ids: ['I11'],
  due: { check: checkReminderDue, except: 'BuyerReminded' },
  on: {
    WithdrawalRequested: (ctx, rec, e) => checkRemindAt(ctx, rec, e.at, e.remindAt),
    BuyerReminded: checkReminder,
  },
  timers: { BuyerReminded: () => true },
  // A re-timed deadline moves the reminder: one due at or before the change must have come by then.
  onRetime: (ctx, rec, at) => checkReminderDue(ctx, rec, at, 'a dated change re-times its deadline'),
});
