import { describe, expect, it } from 'vitest';
import { accept, request } from './commands.js';
import { tokyo } from './localTime.js';
import { claimOpenedAt, given } from './spec.js';

const T0 = tokyo.at('2021-07-20T09:00');

describe('the given/when/then helper can fail', () => {
  it('then() fails when the events differ', () => {
    expect(() => given(claimOpenedAt(T0)).when(request(), T0).then([{ kind: 'WithdrawalAccepted' }])).toThrow();
  });

  it('then() fails when there are more events than expected', () => {
    expect(() => given(claimOpenedAt(T0)).when(request(), T0).then([])).toThrow();
  });

  it('then() fails on a refusal', () => {
    expect(() => given(claimOpenedAt(T0)).when(accept(), T0).then([])).toThrow(/NO_OPEN_REQUEST/);
  });

  it('thenRefuses() fails on an accepted action', () => {
    expect(() => given(claimOpenedAt(T0)).when(request(), T0).thenRefuses('NOT_SELLER')).toThrow(/WithdrawalRequested/);
  });

  it('thenRefuses() fails on another code', () => {
    expect(() => given(claimOpenedAt(T0)).when(accept(), T0).thenRefuses('NOT_BUYER')).toThrow();
  });

  it('given() throws when a given step is refused', () => {
    expect(() => given([...claimOpenedAt(T0), [T0, accept()]])).toThrow(/given step 3 \(AcceptWithdrawal\) was refused: NO_OPEN_REQUEST/);
  });

  it('given events are folded in with their deadline timers', () => {
    const g = given(claimOpenedAt(T0));
    const events = [...g.engine.events(), ...given([...claimOpenedAt(T0), [tokyo.at('2021-07-29T10:00'), request()]]).engine.events().slice(2)];
    const h = given(events);
    expect(h.view()).toMatchObject({ withdrawal: 'requested', deadline: '2021-08-04' });
    h.engine.advanceTo(tokyo.midnight('2021-08-05'));
    expect(h.view()).toMatchObject({ status: 'withdrawn', outcome: 'timeout' });
  });
});

describe('local time helpers', () => {
  it('read local wall times in the zone', () => {
    expect(tokyo.at('2021-08-04T23:59:59.999')).toBe(Date.UTC(2021, 7, 4, 14, 59, 59, 999));
    expect(tokyo.midnight('2021-08-05')).toBe(Date.UTC(2021, 7, 4, 15));
    expect(tokyo.endOf('2021-08-04')).toBe(tokyo.midnight('2021-08-05') - 1);
    expect(tokyo.show(tokyo.at('2021-07-29T10:00'))).toBe('2021-07-29T10:00:00.000');
  });

  it('refuse impossible dates and malformed text', () => {
    expect(() => tokyo.at('2021-02-30')).toThrow(/not a date/);
    expect(() => tokyo.at('2021-8-4')).toThrow(/not a local time/);
  });
});
