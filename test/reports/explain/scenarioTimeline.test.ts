import { describe, expect, it } from 'vitest';
import { type WithdrawalRequested, calendarFor } from '../../../engine/index.js';
import { scenarioClaims, scenarioTimeline } from '../../../reports/explain/scenarioTimeline.js';
import { timelineText } from '../../../reports/explain/timelineText.js';
import { wallTime } from '../../../reports/explain/wallTime.js';
import { loadScenarioFile } from '../../../scenarios/index.js';

const SILENCE = 'scenarios/library/manual/s1-silence-withdraws-on-8-5.yaml';
const COOLDOWN = 'scenarios/library/manual/s4-rejection-cooldown-5-days.yaml';

describe('the timeline of a scenario claim', () => {
  it('shows the deadline the request was given and the timeout at 00:00 of the day after it, in the policy’s zone', () => {
    const s = loadScenarioFile(SILENCE);
    const t = scenarioTimeline(s, 'C1');
    const cal = calendarFor(s.policy.timezone);
    const requested = t.entries.flatMap((e) => e.events).find((e): e is WithdrawalRequested => e.kind === 'WithdrawalRequested');
    expect(requested).toBeDefined();
    const timeout = t.entries.find((e) => e.events.some((ev) => ev.kind === 'WithdrawalTimedOut'));
    // R10: the clock, not a command, withdraws the claim at the start of the day after the deadline.
    expect(timeout?.command).toBeNull();
    expect(timeout?.rules).toContain('R10');
    expect(timeout?.at).toBe(cal.startOfDay(requested!.deadline + 1));
    const text = timelineText(t, s.name);
    expect(text).toContain(`deadline ${cal.formatDate(cal.startOfDay(requested!.deadline))}`);
    expect(text).toContain(`times out ${wallTime(timeout!.at, cal)}`);
    expect(wallTime(timeout!.at, cal)).toMatch(/ 00:00:00\.000 \+09:00$/);
    expect(text).toMatch(/clock: the response deadline passed {2}\[R10\]\n {4}→ WithdrawalTimedOut/);
    expect(t.end?.outcome).toBe('timeout');
  });

  it('shows the reminder as the clock’s, at 00:00 two days before the timeout, with the deadline it names', () => {
    const s = loadScenarioFile('scenarios/library/reminder/R10-reminder-boundary.yaml');
    const t = scenarioTimeline(s, 'C1');
    const cal = calendarFor(s.policy.timezone);
    const reminder = t.entries.find((e) => e.events.some((ev) => ev.kind === 'BuyerReminded'));
    expect(reminder?.command).toBeNull();
    expect(reminder?.rules).toContain('R10');
    expect(wallTime(reminder!.at, cal)).toBe(wallTime(cal.startOfDay(cal.dayOf(Date.UTC(2021, 7, 9, 3))), cal));
    const text = timelineText(t, s.name);
    expect(text).toMatch(/clock: the reminder instant came {2}\[R10\]\n {4}→ BuyerReminded #1: the buyer is reminded that the deadline 2021-08-10 is near/);
    expect(text).toMatch(/clock: the response deadline passed {2}\[R10\]\n {4}→ WithdrawalTimedOut/);
  });

  it('lists each refusal with the code the scenario expects, and the cooldown end the rules computed', () => {
    const s = loadScenarioFile(COOLDOWN);
    const t = scenarioTimeline(s, 'C1');
    const expected = s.steps.flatMap((st) => (st.action?.expect ? [st.action.expect] : []));
    expect(expected.length).toBeGreaterThan(0);
    expect(t.entries.flatMap((e) => (e.refusal ? [e.refusal.code] : []))).toEqual(expected.map((x) => x.error));
    const refused = t.entries.find((e) => e.refusal !== null)!;
    expect(refused.rules).toContain('R12');
    const cal = calendarFor(s.policy.timezone);
    const text = timelineText(t, s.name);
    expect(text).toContain(`✗ refused ${expected[0]!.error}`);
    expect(text).toContain(`(until ${wallTime(expected[0]!.until!, cal)})`);
    const rejected = t.entries.flatMap((e) => e.events).find((e) => e.kind === 'WithdrawalRejected');
    expect(rejected?.kind === 'WithdrawalRejected' && rejected.cooldownUntil).toBe(expected[0]!.until);
  });

  it('keeps only the claim asked about, and names the claims a scenario opens', () => {
    const s = loadScenarioFile('scenarios/library/request/R5-one-open-withdrawal.yaml');
    const ids = scenarioClaims(s);
    for (const id of ids) {
      const t = scenarioTimeline(s, id);
      for (const e of t.entries) {
        if (e.command && e.command.kind !== 'PlaceOrder') expect(e.command.claim).toBe(id);
        for (const ev of e.events) if (ev.kind !== 'OrderPlaced') expect(ev.claim).toBe(id);
      }
    }
    expect(scenarioTimeline(s, 'NOPE').end).toBeNull();
  });
});
