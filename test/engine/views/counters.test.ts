import { describe, expect, it } from 'vitest';
import { type Command, type StateView, pendingWithdrawals, showsUnansweredMark, unansweredMemos } from '../../../engine/index.js';
import { accept, advance, cancel, memo, reRequest, reject, request } from '../support/commands.js';
import { tokyo } from '../support/localTime.js';
import { type GivenStep, given } from '../support/spec.js';

const T0 = tokyo.at('2021-08-01T09:00');
const at = (day: number, hour = 10) => tokyo.calendar.startOfDay(tokyo.day('2021-08-01') + day) + hour * 3_600_000;

/** Buyer B1 has claims C1-C3 (orders O1-O3, seller S1), buyer B2 has C4 (order O4, seller S2). */
const world: GivenStep[] = [
  ...(['1', '2', '3'] as const).flatMap((n): GivenStep[] => [
    [T0, { kind: 'PlaceOrder', order: `O${n}`, seller: 'S1', buyer: 'B1' }],
    [T0, { kind: 'OpenClaim', claim: `C${n}`, order: `O${n}`, type: 'return' }],
  ]),
  [T0, { kind: 'PlaceOrder', order: 'O4', seller: 'S2', buyer: 'B2' }],
  [T0, { kind: 'OpenClaim', claim: 'C4', order: 'O4', type: 'cancel' }],
];

/** The counter's definition (R6), recounted from the claims. */
const requestedClaimsOf = (state: StateView, buyer: string) =>
  [...state.claims()].filter((c) => c.buyer === buyer && c.withdrawal === 'requested').length;

describe('R6 the buyer’s pending-withdrawal counter', () => {
  const script: [string, number, Command, number, number][] = [
    ['request C1', at(0), request(), 1, 0],
    ['request C2', at(0, 11), request(undefined, { claim: 'C2' }), 2, 0],
    ['request C4 (another buyer)', at(0, 12), request(undefined, { claim: 'C4' }), 2, 1],
    ['reject C1', at(1), reject(), 1, 1],
    ['re-request C1', at(6), reRequest(), 2, 1],
    ['accept C2', at(6, 11), accept({ claim: 'C2' }), 1, 1],
    ['cancel C1', at(6, 12), cancel(), 0, 1],
    ['C4 times out at 00:00 on 8/8 (C4 was requested on 8/1)', at(7, 0), memo('buyer', 'ok'), 0, 0],
    ['request C3', at(7), request(undefined, { claim: 'C3' }), 1, 0],
    ['C3 moves on to returning (still eligible)', at(7, 11), advance('returning', 'C3'), 1, 0],
    ['C3 moves on to return_received (lapse)', at(7, 12), advance('return_received', 'C3'), 0, 0],
  ];

  it('goes up on request and re-request, down on accept, reject, cancel, timeout and lapse, per buyer', () => {
    const g = given(world);
    for (const [what, when, command, b1, b2] of script) {
      const d = g.engine.execute(command, when);
      expect(d.ok, what).toBe(true);
      expect([pendingWithdrawals(g.engine.view, 'B1'), pendingWithdrawals(g.engine.view, 'B2')], what).toEqual([b1, b2]);
      expect(pendingWithdrawals(g.engine.view, 'B1'), what).toBe(requestedClaimsOf(g.engine.view, 'B1'));
      expect(pendingWithdrawals(g.engine.view, 'B2'), what).toBe(requestedClaimsOf(g.engine.view, 'B2'));
    }
  });

  it('is 0 for a buyer never asked', () => {
    expect(pendingWithdrawals(given(world).engine.view, 'B9')).toBe(0);
  });
});

describe('R20 unanswered memo counts', () => {
  it('memos to the buyer wait until the buyer writes back on that order', () => {
    const g = given(world);
    g.engine.execute(memo('seller', 'Did you ship it back?'), at(1));
    g.engine.execute(memo('seller', 'Any news?'), at(2));
    const s = g.engine.view;
    expect([unansweredMemos(s, 'buyer', 'B1'), unansweredMemos(s, 'seller', 'S1')]).toEqual([2, 0]);
    expect([showsUnansweredMark(s, 'buyer', 'B1'), showsUnansweredMark(s, 'seller', 'S1')]).toEqual([true, false]);
    g.engine.execute(memo('buyer', 'Yes, yesterday.'), at(3));
    expect([unansweredMemos(s, 'buyer', 'B1'), unansweredMemos(s, 'seller', 'S1')]).toEqual([0, 1]);
    expect([showsUnansweredMark(s, 'buyer', 'B1'), showsUnansweredMark(s, 'seller', 'S1')]).toEqual([false, true]);
  });

  it('an answer on one order does not answer memos on another order', () => {
    const g = given(world);
    g.engine.execute(memo('buyer', 'About order 1', 'C1'), at(1));
    g.engine.execute(memo('buyer', 'About order 2', 'C2'), at(1));
    expect(unansweredMemos(g.engine.view, 'seller', 'S1')).toBe(2);
    g.engine.execute(memo('seller', 'Order 1: on its way', 'C1'), at(2));
    expect(unansweredMemos(g.engine.view, 'seller', 'S1')).toBe(1);
    expect(unansweredMemos(g.engine.view, 'buyer', 'B1')).toBe(1);
  });

  it('counts are per party: another seller and another buyer are untouched', () => {
    const g = given(world);
    g.engine.execute(memo('buyer', 'Hello', 'C4'), at(1));
    const s = g.engine.view;
    expect([unansweredMemos(s, 'seller', 'S2'), unansweredMemos(s, 'seller', 'S1'), unansweredMemos(s, 'buyer', 'B1'), unansweredMemos(s, 'buyer', 'B2')]).toEqual([1, 0, 0, 0]);
  });

  it('a party writing again without an answer still owes nothing to itself', () => {
    const g = given(world);
    g.engine.execute(memo('seller', 'one'), at(1));
    g.engine.execute(memo('buyer', 'two'), at(1));
    g.engine.execute(memo('buyer', 'three'), at(1));
    expect([unansweredMemos(g.engine.view, 'seller', 'S1'), unansweredMemos(g.engine.view, 'buyer', 'B1')]).toEqual([2, 0]);
  });

  it('a refused memo (empty) counts for nothing', () => {
    const g = given(world);
    expect(g.engine.execute(memo('seller', ' '), at(1)).ok).toBe(false);
    expect(unansweredMemos(g.engine.view, 'buyer', 'B1')).toBe(0);
  });
});
