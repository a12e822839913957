import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY, POLICY_KEYS, checkPolicy, makePolicy } from '../../engine/index.js';

const problemsOf = (overrides: unknown) => {
  const r = checkPolicy(overrides);
  return r.ok ? [] : r.problems;
};

describe('policy defaults', () => {
  it('equal the table in rules.md', () => {
    expect(DEFAULT_POLICY).toEqual({
      timezone: 'Asia/Tokyo',
      responseWindowDays: 7,
      rejectionCooldownDays: 5,
      cancellationCooldownDays: 5,
      delayThresholdDays: 4,
      maxReRequests: null,
      autoWithdrawOnTimeout: true,
      eligibleStatuses: ['cancel_requested', 'return_requested', 'returning', 'exchange_requested'],
      requireMessage: true,
      piiCheck: 'warn',
      reminderDaysBeforeDeadline: null,
    });
  });

  it('are frozen, so no run can change them for the next', () => {
    expect(Object.isFrozen(DEFAULT_POLICY)).toBe(true);
    expect(Object.isFrozen(DEFAULT_POLICY.eligibleStatuses)).toBe(true);
  });

  it('no overrides (absent, null, empty) give the defaults', () => {
    for (const o of [undefined, null, {}]) {
      const r = checkPolicy(o);
      expect(r.ok && r.policy).toEqual(DEFAULT_POLICY);
    }
  });

  it('POLICY_KEYS lists every parameter', () => {
    expect([...POLICY_KEYS].sort()).toEqual(Object.keys(DEFAULT_POLICY).sort());
  });
});

describe('a policy variant', () => {
  it('is the baseline with a few values changed', () => {
    const p = makePolicy({ responseWindowDays: 14, maxReRequests: 3, piiCheck: 'block', timezone: 'America/New_York' });
    expect(p).toEqual({ ...DEFAULT_POLICY, responseWindowDays: 14, maxReRequests: 3, piiCheck: 'block', timezone: 'America/New_York' });
    expect(Object.isFrozen(p)).toBe(true);
  });

  it('can be built on another base', () => {
    const base = makePolicy({ responseWindowDays: 3 });
    expect(makePolicy({ rejectionCooldownDays: 0 }, base)).toMatchObject({ responseWindowDays: 3, rejectionCooldownDays: 0 });
  });

  it('accepts the boundary values of each range', () => {
    expect(checkPolicy({ responseWindowDays: 1, rejectionCooldownDays: 0, cancellationCooldownDays: 0, delayThresholdDays: 1, maxReRequests: 0, eligibleStatuses: [] }).ok).toBe(true);
  });

  it('a reminder takes any whole number of days from 1 up to one less than the window', () => {
    expect(checkPolicy({ reminderDaysBeforeDeadline: 1 })).toMatchObject({ ok: true, policy: { reminderDaysBeforeDeadline: 1 } });
    expect(checkPolicy({ reminderDaysBeforeDeadline: 6 })).toMatchObject({ ok: true, policy: { reminderDaysBeforeDeadline: 6 } });
    expect(checkPolicy({ responseWindowDays: 3650, reminderDaysBeforeDeadline: 3649 }).ok).toBe(true);
    expect(checkPolicy({ reminderDaysBeforeDeadline: null })).toMatchObject({ ok: true, policy: { reminderDaysBeforeDeadline: null } });
  });

  it('a reminder is judged against the window it will run with, from the overrides or the base', () => {
    expect(checkPolicy({ responseWindowDays: 10, reminderDaysBeforeDeadline: 9 }).ok).toBe(true);
    expect(checkPolicy({ responseWindowDays: 2 }, makePolicy({ reminderDaysBeforeDeadline: 2 }, makePolicy({ responseWindowDays: 10 }))).ok).toBe(false);
  });

  it('copies and freezes a list it was given', () => {
    const list: string[] = ['returning'];
    const p = makePolicy({ eligibleStatuses: list });
    list.push('cancelling');
    expect(p.eligibleStatuses).toEqual(['returning']);
    expect(Object.isFrozen(p.eligibleStatuses)).toBe(true);
  });
});

describe('policy validation refuses with a clear message', () => {
  it('an unknown key, suggesting the near one and listing the known ones', () => {
    const [p] = problemsOf({ responseWindowDay: 7 });
    expect(p).toMatchObject({ key: 'responseWindowDay' });
    expect(p!.message).toContain('unknown policy key "responseWindowDay"');
    expect(p!.message).toContain('did you mean "responseWindowDays"?');
    expect(p!.message).toContain('known keys: timezone');
  });

  it.each([
    ['responseWindowDays', 0, 'from 1 to 3650'],
    ['responseWindowDays', -7, 'from 1 to 3650'],
    ['responseWindowDays', 3651, 'from 1 to 3650'],
    ['responseWindowDays', 1e300, 'from 1 to 3650'],
    ['responseWindowDays', [10], 'got a list'],
    ['rejectionCooldownDays', 1e8, 'from 0 to 3650'],
    ['responseWindowDays', 1.5, 'whole number'],
    ['responseWindowDays', '7', 'got "7"'],
    ['rejectionCooldownDays', -1, 'from 0 to 3650'],
    ['cancellationCooldownDays', -5, 'from 0 to 3650'],
    ['cancellationCooldownDays', 1e9, 'from 0 to 3650'],
    ['delayThresholdDays', 0, 'from 1 to 3650'],
    ['maxReRequests', -1, 'null (unlimited) or a whole number from 0 to 1000'],
    ['maxReRequests', 1001, 'null (unlimited) or a whole number from 0 to 1000'],
    ['maxReRequests', Number.POSITIVE_INFINITY, 'null (unlimited)'],
    ['autoWithdrawOnTimeout', 'yes', 'true or false'],
    ['requireMessage', 1, 'true or false'],
    ['piiCheck', 'strict', 'one of off, warn, block'],
    ['eligibleStatuses', 'returning', 'a list of claim statuses'],
    ['reminderDaysBeforeDeadline', 0, 'null (no reminder) or a whole number from 1 to 3649'],
    ['reminderDaysBeforeDeadline', 2.5, 'null (no reminder) or a whole number from 1 to 3649'],
    ['reminderDaysBeforeDeadline', 3650, 'null (no reminder) or a whole number from 1 to 3649'],
    ['reminderDaysBeforeDeadline', 7, 'must be less than responseWindowDays 7'],
    ['reminderDaysBeforeDeadline', 9, 'use at most 6, or null for no reminder'],
  ])('%s: %j (%s)', (key, value, words) => {
    const problems = problemsOf({ [key]: value });
    expect(problems).toHaveLength(1);
    expect(problems[0]!.key).toBe(key);
    expect(problems[0]!.message).toContain(key);
    expect(problems[0]!.message).toContain(words);
  });

  it('an unknown status in eligibleStatuses, naming it', () => {
    expect(problemsOf({ eligibleStatuses: ['returning', 'shipped'] })[0]!.message).toContain('unknown claim status "shipped"');
  });

  it.each(['cancel_completed', 'return_completed', 'exchange_completed', 'non_receipt_refunded', 'non_receipt_partially_refunded', 'withdrawn'])(
    'a terminal status %s in eligibleStatuses, saying only non-terminal ones can be eligible',
    (status) => {
      expect(problemsOf({ eligibleStatuses: [status] })[0]!.message).toContain(`terminal status "${status}"; only non-terminal statuses can be eligible`);
    },
  );

  it.each(['Mars/Olympus_Mons', 'Tokyo', '', 42])('an unknown zone %j, with an example of a good one', (timezone) => {
    expect(problemsOf({ timezone })[0]!.message).toMatch(/timezone must be an IANA time zone name such as "Asia\/Tokyo", got/);
  });

  it.each([
    ['BST', 'Europe/London'],
    ['IST', 'Asia/Kolkata'],
    ['JST', 'Asia/Tokyo'],
    ['CST', 'America/Chicago'],
    ['AST', 'America/Halifax'],
    ['utc', 'UTC'],
    ['asia/tokyo', 'Asia/Tokyo'],
    ['US/Eastern', 'America/New_York'],
  ])('time zones: the abbreviation or spelling %j is refused, suggesting %s', (timezone, meant) => {
    const message = problemsOf({ timezone })[0]!.message;
    expect(message).toMatch(/timezone must be an IANA time zone name/);
    expect(message).toContain(`did you mean ${meant}`);
  });

  it.each(['UTC', 'Asia/Tokyo', 'Europe/London', 'Asia/Kolkata', 'America/Argentina/Buenos_Aires', 'Etc/GMT+5'])('time zones: the name %s (UTC or Area/Location) is taken as written', (timezone) => {
    expect(checkPolicy({ timezone })).toMatchObject({ ok: true, policy: { timezone } });
  });

  it('every problem at once, not just the first', () => {
    expect(problemsOf({ responseWindowDays: 0, piiCheck: 'loud', colour: 'red' }).map((p) => p.key).sort()).toEqual(['colour', 'piiCheck', 'responseWindowDays']);
  });

  it.each([['a list', [1, 2]], ['a string', 'strict'], ['a number', 3]])('overrides that are %s, not a map', (_what, overrides) => {
    expect(problemsOf(overrides)[0]!.message).toBe('a policy must be a map of parameter: value');
  });

  it('makePolicy throws one error listing every problem', () => {
    expect(() => makePolicy({ responseWindowDays: 0, piiCheck: 'loud' })).toThrow(/^invalid policy: responseWindowDays .*; piiCheck /);
  });
});
