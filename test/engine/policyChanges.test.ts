import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY, MAX_POLICY_CHANGES, changeInstants, checkPolicy, makePolicy, policyInForce } from '../../engine/index.js';
import { tokyo } from './support/localTime.js';

const at = (text: string) => tokyo.at(text);
const problemsOf = (overrides: unknown) => {
  const r = checkPolicy(overrides);
  return r.ok ? [] : r.problems;
};
const window10 = { changes: [{ at: '2024-05-01', set: { responseWindowDays: 10 } }] };

describe('a policy with dated changes (docs/rules.md, dated changes)', () => {
  it('accepts a date, a wall-clock date-time and a date-time with an offset, in strictly increasing order', () => {
    const p = makePolicy({
      inFlightDeadlines: 'retime',
      changes: [
        { at: '2024-05-01', set: { responseWindowDays: 10 } },
        { at: '2024-06-01T09:30', set: { rejectionCooldownDays: 2 } },
        { at: '2024-07-01T00:00+00:00', set: { autoWithdrawOnTimeout: false } },
      ],
    });
    expect(changeInstants(p)).toEqual([at('2024-05-01'), at('2024-06-01T09:30'), Date.UTC(2024, 6, 1)]);
  });

  it('names the path of a value out of range, with the policy check\'s own message', () => {
    expect(problemsOf({ changes: [{ at: '2024-05-01', set: { responseWindowDays: 0 } }] })).toEqual([
      { key: 'changes', path: ['changes', 0, 'set', 'responseWindowDays'], message: 'changes[0].set.responseWindowDays must be a whole number from 1 to 3650, got 0' },
    ]);
  });

  it('refuses changes out of order, or at the same instant', () => {
    const same = problemsOf({ changes: [{ at: '2024-05-01', set: { responseWindowDays: 10 } }, { at: '2024-05-01T00:00', set: { responseWindowDays: 9 } }] });
    expect(same.map((p) => p.message)).toEqual(['changes[1].at 2024-05-01T00:00 is not after the change before it (2024-05-01); list changes in strictly increasing order of at']);
    const earlier = problemsOf({ changes: [{ at: '2024-05-01', set: { responseWindowDays: 10 } }, { at: '2024-04-30T23:59', set: { responseWindowDays: 9 } }] });
    expect(earlier[0]?.path).toEqual(['changes', 1, 'at']);
  });

  it('refuses a change of the time zone or of the eligible statuses, saying why', () => {
    expect(problemsOf({ changes: [{ at: '2024-05-01', set: { timezone: 'UTC' } }] })[0]?.message).toMatch(/^changes\[0\]\.set\.timezone: the time zone cannot change within a policy/);
    expect(problemsOf({ changes: [{ at: '2024-05-01', set: { eligibleStatuses: ['returning'] } }] })[0]?.message).toMatch(/eligibleStatuses cannot change within a policy/);
    expect(problemsOf({ changes: [{ at: '2024-05-01', set: { inFlightDeadlines: 'retime' } }] })[0]?.message).toMatch(/set it beside changes/);
  });

  it('refuses an impossible date, a missing at, an empty or unknown set and an unknown key in a change', () => {
    expect(problemsOf({ changes: [{ at: '2024-02-30', set: { responseWindowDays: 10 } }] })[0]?.message).toBe('changes[0].at: impossible date 2024-02-30: February 2024 has 29 days');
    expect(problemsOf({ changes: [{ set: { responseWindowDays: 10 } }] })[0]?.path).toEqual(['changes', 0, 'at']);
    expect(problemsOf({ changes: [{ at: '2024-05-01', set: {} }] })[0]?.message).toMatch(/must be a map of at least one policy parameter/);
    expect(problemsOf({ changes: [{ at: '2024-05-01', set: { responseWindow: 10 } }] })[0]?.message).toBe('changes[0].set has an unknown policy key "responseWindow"');
    expect(problemsOf({ changes: [{ at: '2024-05-01', when: 'x', set: { responseWindowDays: 10 } }] })[0]?.path).toEqual(['changes', 0, 'when']);
    expect(problemsOf({ changes: { at: '2024-05-01' } })[0]?.message).toMatch(/changes must be a list/);
  });

  it(`holds at most ${MAX_POLICY_CHANGES} changes`, () => {
    const daily = (n: number) => Array.from({ length: n }, (_, i) => ({ at: new Date(Date.UTC(2024, 0, 1 + i)).toISOString().slice(0, 10), set: { responseWindowDays: 1 + (i % 9) } }));
    expect(checkPolicy({ changes: daily(MAX_POLICY_CHANGES) }).ok).toBe(true);
    expect(problemsOf({ changes: daily(MAX_POLICY_CHANGES + 1) })[0]?.message).toMatch(/holds 101 changes; at most 100/);
  });

  it('checks the in-flight choices', () => {
    expect(problemsOf({ inFlightDeadlines: 'extend' })[0]?.message).toBe('inFlightDeadlines must be keep or retime, got "extend"');
    expect(problemsOf({ inFlightCooldowns: 'retime' })[0]?.message).toBe('inFlightCooldowns must be keep or recompute, got "retime"');
  });

  it('keeps no changes key for an empty list, so a policy without changes reads as before', () => {
    expect(makePolicy({ changes: [] })).toEqual(DEFAULT_POLICY);
    expect(Object.keys(makePolicy({ changes: [] }))).toEqual(Object.keys(DEFAULT_POLICY));
  });

  it('applies an override on top of a base with changes, and keeps the changes (a swept key)', () => {
    const base = makePolicy(window10);
    const swept = makePolicy({ rejectionCooldownDays: 3 }, base);
    expect(swept.changes).toEqual(base.changes);
    expect(policyInForce(swept, at('2024-05-01')).rejectionCooldownDays).toBe(3);
  });
});

describe('policyInForce', () => {
  it('returns the policy itself when it has no changes', () => {
    expect(policyInForce(DEFAULT_POLICY, 0)).toBe(DEFAULT_POLICY);
  });

  it('switches at the change instant exactly: the base 1 ms before, the new parameters at it and after', () => {
    const p = makePolicy(window10);
    const t = at('2024-05-01');
    expect(policyInForce(p, t - 1).responseWindowDays).toBe(7);
    expect(policyInForce(p, t).responseWindowDays).toBe(10);
    expect(policyInForce(p, t + 1).responseWindowDays).toBe(10);
  });

  it('applies the changes in order, each on top of the one before, and carries no changes of its own', () => {
    const p = makePolicy({
      changes: [
        { at: '2024-05-01', set: { responseWindowDays: 10, rejectionCooldownDays: 2 } },
        { at: '2024-06-01', set: { responseWindowDays: 5 } },
      ],
    });
    const june = policyInForce(p, at('2024-06-01'));
    expect(june).toMatchObject({ responseWindowDays: 5, rejectionCooldownDays: 2, cancellationCooldownDays: 5 });
    expect(june.changes).toBeUndefined();
    expect(policyInForce(june, 0)).toBe(june);
    expect(policyInForce(p, at('2024-06-01'))).toBe(june);
  });
});
