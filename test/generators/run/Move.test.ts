import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CANCEL, MEMO, encodeMove, moveA, moveB, moveClaim, moveOf } from '../../../generators/run/Move.js';

describe('a move as one number on the clock', () => {
  it('gives back its move, claim and operands, for claim indices far beyond 2^31', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: 2 ** 32 }), fc.integer({ min: -1, max: 65_534 }), fc.integer({ min: 0, max: 1 }), (move, i, a, b) => {
        const code = encodeMove(move, i, a, b);
        expect([moveOf(code), moveClaim(code), moveA(code), moveB(code)]).toEqual([move, i, a, b]);
      }),
      { seed: 7, numRuns: 500 },
    );
  });

  it('keeps a cancel from on hold (operand −1) apart from a cancel of request 0', () => {
    expect(moveA(encodeMove(CANCEL, 12, -1, 1))).toBe(-1);
    expect(moveA(encodeMove(CANCEL, 12, 0, 0))).toBe(0);
    expect(encodeMove(CANCEL, 12, -1, 1)).not.toBe(encodeMove(CANCEL, 12, 0, 1));
  });

  it('refuses an operand it cannot hold rather than mixing it into the claim index', () => {
    expect(() => encodeMove(MEMO, 1, 65_535, 0)).toThrow(/out of range/);
    expect(() => encodeMove(MEMO, 1, -2, 0)).toThrow(/out of range/);
  });
});
