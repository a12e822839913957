import { describe, expect, it } from 'vitest';
import type { Policy } from '../../../engine/index.js';
import { accept, cancel, reRequest, reject, request } from '../support/commands.js';
import { tokyo } from '../support/localTime.js';
import { type GivenStep, claimOpenedAt, given } from '../support/spec.js';

const T0 = tokyo.at('2021-07-20T09:00');
const CHANGE = tokyo.midnight('2021-08-01');
/** Requested on 7/29: deadline 8/4 under 7 days, 8/7 under 10. */
const requested: GivenStep[] = [...claimOpenedAt(T0), [tokyo.at('2021-07-29T10:00'), request()]];
const window = (responseWindowDays: number, inFlightDeadlines: 'keep' | 'retime' = 'keep'): Partial<Policy> => ({
  inFlightDeadlines,
  changes: [{ at: '2021-08-01', set: { responseWindowDays } }],
});

describe('R10a a dated change of the window, requests in flight', () => {
  it('R10a keep (the default): a request made before the change keeps deadline 8/4 and times out at 00:00 on 8/5', () => {
    const g = given(requested, { policy: { changes: [{ at: '2021-08-01', set: { responseWindowDays: 10 } }] } });
    g.engine.advanceTo(tokyo.endOf('2021-08-04'));
    expect(g.view()).toMatchObject({ withdrawal: 'requested', deadline: '2021-08-04' });
    g.engine.advanceTo(tokyo.midnight('2021-08-05'));
    expect(g.view()).toMatchObject({ status: 'withdrawn', outcome: 'timeout' });
    expect(g.engine.events().some((e) => e.kind === 'DeadlineRetimed')).toBe(false);
  });

  it('R10a a request 1 ms before the change has the old window, one at the change instant the new one', () => {
    const before = given([...claimOpenedAt(T0), [CHANGE - 1, request()]], { policy: window(10) });
    expect(before.view().deadline).toBe('2021-08-06');
    const at = given([...claimOpenedAt(T0), [CHANGE, request()]], { policy: window(10) });
    expect(at.view().deadline).toBe('2021-08-10');
  });

  it('R10a retime: at the change instant the open request gets 7/29 + 10 − 1 = 8/7, and the old timer is stale', () => {
    const g = given(requested, { policy: window(10, 'retime') });
    g.engine.advanceTo(CHANGE - 1);
    expect(g.view().deadline).toBe('2021-08-04');
    g.engine.advanceTo(CHANGE);
    expect(g.view().deadline).toBe('2021-08-07');
    expect(g.engine.events().at(-1)).toEqual({ kind: 'DeadlineRetimed', at: CHANGE, claim: 'C1', request: 1, deadline: tokyo.day('2021-08-07'), timeoutAt: tokyo.midnight('2021-08-08') });
    g.engine.advanceTo(tokyo.midnight('2021-08-05'));
    expect(g.view().withdrawal).toBe('requested');
    expect(g.engine.stats.staleTimers).toBe(1);
    g.when(accept(), tokyo.endOf('2021-08-07')).then([{ kind: 'WithdrawalAccepted' }]);
  });

  it('R10a retime: the re-timed request times out at 00:00 after its new deadline', () => {
    const g = given(requested, { policy: window(10, 'retime') });
    g.engine.advanceTo(tokyo.endOf('2021-08-07'));
    expect(g.view().withdrawal).toBe('requested');
    g.engine.advanceTo(tokyo.midnight('2021-08-08'));
    expect(g.view()).toMatchObject({ status: 'withdrawn', outcome: 'timeout' });
  });

  it('R10a retime to a shorter window already past: the request times out at the change instant', () => {
    const g = given(requested, { policy: window(2, 'retime') });
    g.engine.advanceTo(CHANGE);
    expect(g.view()).toMatchObject({ status: 'withdrawn', outcome: 'timeout' });
    const kinds = g.engine.events().filter((e) => e.at === CHANGE).map((e) => e.kind);
    expect(kinds).toEqual(['DeadlineRetimed', 'WithdrawalTimedOut']);
  });

  it('R10a a request whose window runs out at the change instant times out first and is not re-timed', () => {
    // Requested on 7/25: deadline 7/31, timeout 00:00 on 8/1, the change instant.
    const g = given([...claimOpenedAt(T0), [tokyo.at('2021-07-25T10:00'), request()]], { policy: window(10, 'retime') });
    g.engine.advanceTo(CHANGE);
    expect(g.view()).toMatchObject({ status: 'withdrawn', outcome: 'timeout' });
    expect(g.engine.events().some((e) => e.kind === 'DeadlineRetimed')).toBe(false);
  });

  it('R10a retime reaches only requested withdrawals: one on hold has no deadline to re-time', () => {
    const g = given([...requested, [tokyo.at('2021-07-30T10:00'), reject()]], { policy: window(10, 'retime') });
    g.engine.advanceTo(CHANGE);
    expect(g.engine.events().some((e) => e.kind === 'DeadlineRetimed')).toBe(false);
  });
});

describe('R15a a dated change of a cooldown length, cooldowns in force', () => {
  /** Rejected on 7/30: the 5-day cooldown ends at 00:00 on 8/4. */
  const rejected: GivenStep[] = [...requested, [tokyo.at('2021-07-30T10:00'), reject()]];
  /** Cancelled on 7/30: the 5-day cooldown ends at 00:00 on 8/4. */
  const cancelled: GivenStep[] = [...requested, [tokyo.at('2021-07-30T10:00'), cancel()]];
  const cooldowns = (set: Record<string, number>, inFlightCooldowns: 'keep' | 'recompute' = 'keep'): Partial<Policy> => ({
    inFlightCooldowns,
    changes: [{ at: '2021-08-01', set }],
  });

  it('R15a keep (the default): the rejection cooldown keeps its end, 00:00 on 8/4', () => {
    given(rejected, { policy: cooldowns({ rejectionCooldownDays: 3 }) }).when(reRequest(), tokyo.endOf('2021-08-03')).thenRefuses('COOLDOWN_ACTIVE', { until: tokyo.midnight('2021-08-04') });
  });

  it('R15a recompute: 7/30 + 3 days ends at 00:00 on 8/2; a re-request 1 ms before is refused, at it accepted', () => {
    const policy = cooldowns({ rejectionCooldownDays: 3 }, 'recompute');
    given(rejected, { policy }).when(reRequest(), tokyo.endOf('2021-08-01')).thenRefuses('COOLDOWN_ACTIVE', { until: tokyo.midnight('2021-08-02') });
    given(rejected, { policy }).when(reRequest(), tokyo.midnight('2021-08-02')).then([{ kind: 'WithdrawalRequested', reRequest: true }]);
  });

  it('R15a recompute to a length already over at the change: the cooldown ends at the change instant', () => {
    const g = given(rejected, { policy: cooldowns({ rejectionCooldownDays: 1 }, 'recompute') });
    g.when(reRequest(), CHANGE).then([{ kind: 'WithdrawalRequested', reRequest: true }]);
    expect(g.engine.events().find((e) => e.kind === 'CooldownRetimed')).toEqual({
      kind: 'CooldownRetimed', at: CHANGE, claim: 'C1', rejectionCooldownUntil: null, cancellationCooldownUntil: null,
    });
  });

  it('R15a recompute lengthens a cancellation cooldown: 7/30 + 8 days ends at 00:00 on 8/7', () => {
    const policy = cooldowns({ cancellationCooldownDays: 8 }, 'recompute');
    given(cancelled, { policy }).when(request(), tokyo.endOf('2021-08-06')).thenRefuses('COOLDOWN_ACTIVE', { until: tokyo.midnight('2021-08-07') });
    given(cancelled, { policy }).when(request(), tokyo.midnight('2021-08-07')).then([{ kind: 'WithdrawalRequested' }]);
  });

  it('R15a recompute leaves a cooldown already over before the change as it was', () => {
    // Rejected on 7/20 + 5 days: over at 00:00 on 7/25, before the change.
    const early: GivenStep[] = [...claimOpenedAt(T0), [tokyo.at('2021-07-20T10:00'), request()], [tokyo.at('2021-07-20T11:00'), reject()]];
    const g = given(early, { policy: cooldowns({ rejectionCooldownDays: 9 }, 'recompute') });
    g.engine.advanceTo(CHANGE);
    expect(g.engine.events().some((e) => e.kind === 'CooldownRetimed')).toBe(false);
    expect(g.claim().rejectionCooldownUntil).toBe(tokyo.midnight('2021-07-25'));
  });
});

describe('I10 a log with re-timed deadlines and cooldowns replays to the same state', () => {
  it('R10a retime and R15a recompute: replaying the kept log rebuilds the engine state', () => {
    const policy: Partial<Policy> = {
      inFlightDeadlines: 'retime',
      inFlightCooldowns: 'recompute',
      changes: [
        { at: '2021-08-01', set: { responseWindowDays: 10 } },
        { at: '2021-08-04', set: { rejectionCooldownDays: 2 } },
      ],
    };
    const g = given(requested, { policy });
    g.when(reject(), tokyo.at('2021-08-02T10:00')).then([{ kind: 'WithdrawalRejected', cooldownUntil: tokyo.midnight('2021-08-07') }]);
    g.when(reRequest(), tokyo.at('2021-08-04T10:00')).then([{ kind: 'WithdrawalRequested', reRequest: true }]);
    g.engine.advanceTo(tokyo.midnight('2021-08-20'));
    expect(g.engine.events().map((e) => e.kind)).toEqual(expect.arrayContaining(['DeadlineRetimed', 'CooldownRetimed']));
    expect(g.engine.checkReplay()).toEqual([]);
  });
});
