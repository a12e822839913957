import { describe, expect, it } from 'vitest';
import { BOARD_ROWS, CLAIM_STATUSES, statusBoard } from '../../../engine/index.js';
import { recountBoard } from '../support/recountBoard.js';
import { accept, advance, reject, request } from '../support/commands.js';
import { tokyo } from '../support/localTime.js';
import { type GivenStep, given } from '../support/spec.js';

const T0 = tokyo.at('2021-08-01T09:00');
const at = (day: number, hour = 10) => tokyo.calendar.startOfDay(tokyo.day('2021-08-01') + day) + hour * 3_600_000;
const claim = (n: number, type: 'cancel' | 'return' | 'exchange' | 'non_receipt', when = T0): GivenStep[] => [
  [when, { kind: 'PlaceOrder', order: `O${n}`, seller: 'S1', buyer: `B${n}` }],
  [when, { kind: 'OpenClaim', claim: `C${n}`, order: `O${n}`, type }],
];

describe('R17 the status board', () => {
  it('has a row for every claim status and both open withdrawal states, zero included', () => {
    const board = statusBoard(given([]).engine.view, T0);
    expect(Object.keys(board.counts).sort()).toEqual([...CLAIM_STATUSES, 'withdrawal_requested', 'withdrawal_on_hold'].sort());
    expect(Object.values(board.counts).every((n) => n === 0)).toBe(true);
    expect([...BOARD_ROWS].sort()).toEqual(Object.keys(board.counts).sort());
  });

  it('a claim with an open withdrawal is counted in its status row and in the withdrawal row', () => {
    const g = given([...claim(1, 'return'), [at(0), request(undefined, { claim: 'C1' })]]);
    const { counts } = statusBoard(g.engine.view, at(0));
    expect(counts).toMatchObject({ return_requested: 1, withdrawal_requested: 1, withdrawal_on_hold: 0 });
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(2);
  });

  it('on hold moves the claim from withdrawal_requested to withdrawal_on_hold', () => {
    const g = given([...claim(1, 'return'), [at(0), request(undefined, { claim: 'C1' })], [at(1), reject(undefined, { claim: 'C1' })]]);
    expect(statusBoard(g.engine.view, at(1)).counts).toMatchObject({ return_requested: 1, withdrawal_requested: 0, withdrawal_on_hold: 1 });
  });

  it('a timeout moves the claim to withdrawn and out of the withdrawal rows', () => {
    const g = given([...claim(1, 'cancel'), [at(0), request(undefined, { claim: 'C1' })]]);
    g.engine.advanceTo(at(7, 0));
    expect(statusBoard(g.engine.view, g.engine.now).counts).toMatchObject({ cancel_requested: 0, withdrawn: 1, withdrawal_requested: 0 });
  });

  it('counts equal the claims themselves after a mixed run (I8)', () => {
    const g = given([
      ...claim(1, 'return'), ...claim(2, 'return'), ...claim(3, 'cancel'), ...claim(4, 'exchange'), ...claim(5, 'non_receipt'),
      [at(0), request(undefined, { claim: 'C1' })],
      [at(0), request(undefined, { claim: 'C2' })],
      [at(0), request(undefined, { claim: 'C3' })],
      [at(1), reject(undefined, { claim: 'C1' })],
      [at(1), accept({ claim: 'C2' })],
      [at(1), advance('cancelling', 'C3')],
      [at(2), advance('exchange_reshipping', 'C4')],
      [at(2), advance('non_receipt_seller_confirmed', 'C5')],
    ]);
    const { counts } = statusBoard(g.engine.view, at(2));
    expect(counts).toEqual(recountBoard(g.engine.view));
    expect(counts).toMatchObject({
      return_requested: 1, withdrawn: 1, cancelling: 1, exchange_reshipping: 1, non_receipt_seller_confirmed: 1,
      withdrawal_requested: 0, withdrawal_on_hold: 1,
    });
  });
});

describe('R18 delayed claims on the board', () => {
  it('counts, per first status, the claims still in it from 00:00 of receipt date + 4', () => {
    const g = given([...claim(1, 'return', tokyo.at('2021-08-01T23:00')), ...claim(2, 'cancel', tokyo.at('2021-08-02T00:00')), ...claim(3, 'exchange', tokyo.at('2021-08-02T00:00'))]);
    expect(statusBoard(g.engine.view, tokyo.endOf('2021-08-04')).delayed).toEqual({ cancel_requested: 0, return_requested: 0, exchange_requested: 0, non_receipt_reported: 0 });
    expect(statusBoard(g.engine.view, tokyo.midnight('2021-08-05')).delayed).toMatchObject({ return_requested: 1, cancel_requested: 0 });
    expect(statusBoard(g.engine.view, tokyo.midnight('2021-08-06')).delayed).toMatchObject({ return_requested: 1, cancel_requested: 1, exchange_requested: 1 });
  });

  it('a claim that left its first status is not delayed', () => {
    const g = given([...claim(1, 'return'), [at(1), advance('returning', 'C1')]]);
    expect(statusBoard(g.engine.view, at(30)).delayed.return_requested).toBe(0);
  });
});
