import { describe, expect, it } from 'vitest';
import { type ClaimEvent, emptyState, evolve, replay } from '../../engine/index.js';
import { request } from './support/commands.js';
import { tokyo } from './support/localTime.js';
import { claimOpenedAt, given } from './support/spec.js';

const T0 = tokyo.at('2021-07-20T09:00');

describe('evolve', () => {
  it('folds an event into the same state object and returns it', () => {
    const state = emptyState();
    const e: ClaimEvent = { kind: 'OrderPlaced', at: T0, order: 'O1', seller: 'S1', buyer: 'B1', orderedAt: null, shippedAt: null };
    expect(evolve(state, e)).toBe(state);
    expect(state.orders.get('O1')).toMatchObject({ id: 'O1', seller: 'S1', buyer: 'B1', memosToSeller: 0, memosToBuyer: 0 });
  });

  it('an order holds its details only when the event has them, and counts the claims opened on it', () => {
    const state = emptyState();
    evolve(state, { kind: 'OrderPlaced', at: T0, order: 'O1', seller: 'S1', buyer: 'B1', orderedAt: null, shippedAt: null });
    evolve(state, { kind: 'OrderPlaced', at: T0, order: 'O2', seller: 'S1', buyer: 'B1', orderedAt: null, shippedAt: null, itemName: 'kettle' });
    expect(Object.keys(state.orders.get('O1')!)).not.toContain('itemName');
    expect(state.orders.get('O2')).toMatchObject({ itemName: 'kettle', claims: 0 });
    for (const claim of ['C1', 'C2']) {
      evolve(state, { kind: 'ClaimOpened', at: T0, claim, order: 'O2', seller: 'S1', buyer: 'B1', type: 'cancel', status: 'cancel_requested', receivedAt: T0, delayedFrom: T0 });
    }
    expect(state.orders.get('O2')!.claims).toBe(2);
    expect(Object.keys(state.claims.get('C1')!)).not.toContain('reason');
  });

  it('stores what the event says, deciding nothing: the deadline and counter come from the event', () => {
    const log = given([...claimOpenedAt(T0), [T0, request()]]).engine.events();
    const doctored = log.map((e) => (e.kind === 'WithdrawalRequested' ? { ...e, deadline: 99, pendingWithdrawals: 7 } : e));
    const state = replay(doctored);
    expect(state.claims.get('C1')!.deadline).toBe(99);
    expect(state.pendingWithdrawals.get('B1')).toBe(7);
  });

  it('a log with an event for an unknown claim is corrupt: it throws, naming the claim', () => {
    expect(() => replay([{ kind: 'WithdrawalAccepted', at: T0, claim: 'C404', pendingWithdrawals: 0 }])).toThrow(/unknown claim C404/);
  });

  it('keeps no zero counters, so a replayed state compares equal to a live one', () => {
    const g = given([...claimOpenedAt(T0), [T0, request()], [T0, { kind: 'AcceptWithdrawal', claim: 'C1' }]]);
    expect(g.engine.view.pendingCounters().has('B1')).toBe(false);
    expect(g.engine.view.board().has('withdrawal_requested')).toBe(false);
  });
});
