import { calendarFor } from '../calendarFor.js';
import type { RuleMutant } from './RuleMutant.js';
import { mutant } from './mutant.js';
import { REQUESTS, mapEvents, withEvents, withPolicyFor } from './mutantTools.js';

/** Windows, deadlines and timers (R6, R10, R11, R18). */
export const timeMutants: readonly RuleMutant[] = [
  mutant(
    'window-one-day-short',
    ['R6'],
    'the response window is a day short: deadline = request date + window − 2',
    'a request on 8/4 checks deadline 2021-08-10, and the claim is still requested on 8/10 at 23:59',
    withPolicyFor(REQUESTS, (p) => ({ ...p, responseWindowDays: p.responseWindowDays - 1 })),
  ),
  mutant(
    'window-one-day-long',
    ['R6'],
    'the response window is a day long: deadline = request date + window (the form\'s "7th day after")',
    'a request on 7/29 is withdrawn at 00:00 on 8/5, not a day later',
    withPolicyFor(REQUESTS, (p) => ({ ...p, responseWindowDays: p.responseWindowDays + 1 })),
  ),
  mutant(
    're-request-deadline-from-the-day-after',
    ['R11', 'R6'],
    'a re-request\'s deadline is counted from the day after the re-request, not from its date',
    'a re-request checks its deadline (re-request date + 6) and is withdrawn at 00:00 of the day after it',
    withEvents((e, policy) => {
      if (e.kind !== 'WithdrawalRequested' || !e.reRequest) return e;
      return { ...e, deadline: e.deadline + 1, timeoutAt: calendarFor(policy.timezone).startOfDay(e.deadline + 2) };
    }),
  ),
  mutant(
    'kept-deadline-retimed',
    ['R10', 'R6'],
    'a dated change of the window re-times requests in flight although inFlightDeadlines is keep (R10a)',
    'with a change 7 → 10 days at 00:00 on 8/1 and inFlightDeadlines keep, a request on 7/29 keeps deadline 2021-08-04 and is withdrawn at 00:00 on 8/5',
    withPolicyFor(['ChangePolicy'], (p) => ({ ...p, inFlightDeadlines: 'retime' })),
  ),
  mutant(
    'retimed-deadline-kept',
    ['R10', 'R6'],
    'a dated change of the window keeps the deadlines of requests in flight although inFlightDeadlines is retime (R10a)',
    'with a change 7 → 10 days at 00:00 on 8/1 and inFlightDeadlines retime, a request on 7/29 checks deadline 2021-08-07 after the change',
    withPolicyFor(['ChangePolicy'], (p) => ({ ...p, inFlightDeadlines: 'keep' })),
  ),
  mutant(
    'timer-one-ms-late',
    ['R10'],
    'the automatic withdrawal fires a millisecond after 00:00 of deadline + 1',
    'check the claim withdrawn (outcome timeout) exactly at 00:00 of deadline + 1',
    withEvents((e) => (e.kind === 'WithdrawalRequested' ? { ...e, timeoutAt: e.timeoutAt + 1 } : e)),
  ),
  mutant(
    'timeout-outcome-flipped',
    ['R10'],
    'on timeout the request lapses instead of withdrawing the claim (and withdraws it when the policy says lapse)',
    'after an unanswered request, check status withdrawn with outcome timeout (and, with autoWithdrawOnTimeout: false, withdrawal none)',
    withPolicyFor(['ExpireWithdrawal'], (p) => ({ ...p, autoWithdrawOnTimeout: !p.autoWithdrawOnTimeout })),
  ),
  mutant(
    'deadline-counted-in-utc',
    ['R6', 'R10'],
    'the deadline and the automatic withdrawal are counted in UTC days, not in the policy\'s zone',
    'in Tokyo, a request at 08:00 on 8/4 (still 8/3 in UTC) checks deadline 2021-08-10 and is withdrawn at 00:00 Tokyo time on 8/11',
    withPolicyFor(REQUESTS, (p) => ({ ...p, timezone: 'UTC' })),
  ),
  mutant(
    'receipt-date-ignored',
    ['R18'],
    'the delay is counted from the day the claim is entered, not from its receipt date',
    'a claim received on 7/18 and entered on 7/20 is delayed from 00:00 on 7/22',
    (base) => (state, cmd, now, policy) => {
      if (cmd.kind !== 'OpenClaim' || cmd.receivedAt === undefined) return base(state, cmd, now, policy);
      const { receivedAt, ...rest } = cmd;
      return mapEvents(base(state, rest, now, policy), (e) => (e.kind === 'ClaimOpened' ? { ...e, receivedAt } : e));
    },
  ),
  mutant(
    'delay-threshold-one-day-short',
    ['R18'],
    'a claim is delayed from receipt date + threshold − 1',
    'a claim received on 7/20 is not delayed at 7/23 23:59 and is delayed at 7/24 00:00',
    withPolicyFor(['OpenClaim'], (p) => ({ ...p, delayThresholdDays: p.delayThresholdDays - 1 })),
  ),
  mutant(
    'delay-threshold-one-day-long',
    ['R18'],
    'a claim is delayed from receipt date + threshold + 1',
    'a claim received on 7/20 is delayed at 7/24 00:00',
    withPolicyFor(['OpenClaim'], (p) => ({ ...p, delayThresholdDays: p.delayThresholdDays + 1 })),
  ),
];
