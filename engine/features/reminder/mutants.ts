import { calendarFor } from '../../calendarFor.js';
import type { Day } from '../../civil.js';
import type { Decide, RuleMutant } from '../Feature.js';
import { mutant, withEvents } from '../mutantWrappers.js';

/**
 * The reminder broken so that it reaches a buyer who has answered: when the rules let a
 * reminder's timer go stale, the wrapper sends the reminder anyway, with the deadline its own
 * decisions gave that request (it remembers the requests it returned in this run).
 */
const remindsAnsweredRequests = (base: Decide): Decide => {
  const deadlines = new Map<string, { request: number; deadline: Day }>();
  return (state, cmd, now, policy) => {
    const d = base(state, cmd, now, policy);
    if (!d.ok) return d;
    for (const e of d.events) if (e.kind === 'WithdrawalRequested') deadlines.set(e.claim, { request: e.request, deadline: e.deadline });
    if (cmd.kind !== 'RemindBuyer' || d.events.length > 0) return d;
    const open = deadlines.get(cmd.claim);
    if (open === undefined || open.request !== cmd.request) return d;
    return { ok: true, events: [{ kind: 'BuyerReminded', at: now, claim: cmd.claim, request: cmd.request, deadline: open.deadline }] };
  };
};

/** The reminder (policy reminderDaysBeforeDeadline, an extension of R10). */
export const reminderMutants: readonly RuleMutant[] = [
  mutant(
    'reminder-a-day-late',
    ['R10'],
    'the reminder comes a day late: at 00:00 of deadline − N + 2, one day before the deadline runs out instead of N',
    'with reminderDaysBeforeDeadline 2, a request on 8/4 (deadline 8/10) still pending at 00:00 on 8/9 has been reminded (invariants clean)',
    withEvents((e, policy) => {
      if (e.kind !== 'WithdrawalRequested' || e.remindAt === undefined) return e;
      const cal = calendarFor(policy.timezone);
      return { ...e, remindAt: cal.startOfDay(cal.dayOf(e.remindAt) + 1) };
    }),
  ),
  mutant(
    'reminder-to-an-answered-request',
    ['R10', 'R7'],
    'the reminder reaches a buyer whose request is no longer pending (accepted, rejected, cancelled or lapsed before the reminder instant)',
    'with reminderDaysBeforeDeadline 2, a request on 8/4 rejected at 23:59:59.999 on 8/8 gets no reminder at 00:00 on 8/9 (invariants clean)',
    remindsAnsweredRequests,
  ),
];
