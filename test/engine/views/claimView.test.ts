import { describe, expect, it } from 'vitest';
import { isDelayed } from '../../../engine/index.js';
import { advance, cancel, reject, request } from '../support/commands.js';
import { tokyo } from '../support/localTime.js';
import { claimOpenedAt, given } from '../support/spec.js';

describe('R18 a claim is delayed from 00:00 of receipt date + 4 while in its first status', () => {
  it.each(['2021-08-01T00:00', '2021-08-01T15:30', '2021-08-01T23:59:59.999'])('received %s: not delayed at 23:59:59.999 on 8/4, delayed at 00:00 on 8/5', (received) => {
    const g = given(claimOpenedAt(tokyo.at(received)));
    expect(g.claim().delayedFrom).toBe(tokyo.midnight('2021-08-05'));
    g.engine.advanceTo(tokyo.endOf('2021-08-04'));
    expect(g.view().delayed).toBe(false);
    g.engine.advanceTo(tokyo.midnight('2021-08-05'));
    expect(g.view().delayed).toBe(true);
  });

  it.each(['cancel', 'return', 'exchange', 'non_receipt'] as const)('a %s claim in its first status is delayed', (type) => {
    const g = given(claimOpenedAt(tokyo.at('2021-08-01T10:00'), type));
    expect(isDelayed(g.claim(), tokyo.midnight('2021-08-05'))).toBe(true);
  });

  it('leaving the first status ends the delay', () => {
    const g = given([...claimOpenedAt(tokyo.at('2021-08-01T10:00')), [tokyo.at('2021-08-06'), advance('returning')]]);
    expect(g.view().delayed).toBe(false);
  });

  it('a claim opened in a later status is never delayed', () => {
    const g = given(claimOpenedAt(tokyo.at('2021-08-01T10:00'), 'return', 'returning'));
    expect(isDelayed(g.claim(), tokyo.midnight('2021-09-01'))).toBe(false);
  });

  it('a withdrawal request does not take the claim out of its first status', () => {
    const g = given([...claimOpenedAt(tokyo.at('2021-08-01T10:00')), [tokyo.at('2021-08-02'), request()]]);
    expect(isDelayed(g.claim(), tokyo.midnight('2021-08-05'))).toBe(true);
  });

  it('counts from the receipt date, not the instant the claim was entered', () => {
    const g = given([[tokyo.at('2021-08-03'), { kind: 'PlaceOrder', order: 'O1', seller: 'S1', buyer: 'B1' }]]);
    g.when({ kind: 'OpenClaim', claim: 'C1', order: 'O1', type: 'return', receivedAt: tokyo.at('2021-07-30T12:00') }, tokyo.at('2021-08-03'));
    expect(g.claim().delayedFrom).toBe(tokyo.midnight('2021-08-03'));
    expect(g.view().delayed).toBe(true);
  });

  it.each([
    [1, '2021-08-02'],
    [7, '2021-08-08'],
  ])('delayThresholdDays %i: delayed from 00:00 on %s', (delayThresholdDays, from) => {
    const g = given(claimOpenedAt(tokyo.at('2021-08-01T10:00')), { policy: { delayThresholdDays } });
    expect(isDelayed(g.claim(), tokyo.midnight(from) - 1)).toBe(false);
    expect(isDelayed(g.claim(), tokyo.midnight(from))).toBe(true);
  });
});

describe('the claim view', () => {
  it('shows the open request’s deadline as a date, and the re-request count', () => {
    const g = given([...claimOpenedAt(tokyo.at('2021-08-01')), [tokyo.at('2021-08-04T09:00'), request()]]);
    expect(g.view()).toEqual({ status: 'return_requested', withdrawal: 'requested', outcome: null, deadline: '2021-08-10', reRequests: 0, cooldownUntil: null, delayed: false });
  });

  it('shows the cooldown in force as local time, and the later of two cooldowns (R15)', () => {
    const g = given([
      ...claimOpenedAt(tokyo.at('2021-08-01')),
      [tokyo.at('2021-08-01T10:00'), request()],
      [tokyo.at('2021-08-02T10:00'), reject()],
      [tokyo.at('2021-08-03T10:00'), cancel()],
    ]);
    expect(g.view().cooldownUntil).toBe('2021-08-08T00:00:00.000');
    g.engine.advanceTo(tokyo.midnight('2021-08-08') - 1);
    expect(g.view().cooldownUntil).toBe('2021-08-08T00:00:00.000');
    g.engine.advanceTo(tokyo.midnight('2021-08-08'));
    expect(g.view().cooldownUntil).toBeNull();
  });
});
