import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_CLAIM, MAX_OPERAND, MOVE_KINDS, packMove, unpackMove } from '../../../generators/agents/Move.js';

describe('a move as one number on the clock', () => {
  it('gives back its kind, claim, operand and yes/no, for every claim index up to 2^32 − 1', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...MOVE_KINDS),
        fc.integer({ min: 0, max: MAX_CLAIM }),
        fc.integer({ min: 0, max: MAX_OPERAND }),
        fc.boolean(),
        (kind, claim, operand, yes) => {
          const code = packMove(kind, claim, operand, yes);
          expect(Number.isSafeInteger(code)).toBe(true);
          expect(unpackMove(code)).toEqual({ kind, claim, operand, yes });
        },
      ),
      { seed: 7, numRuns: 1000 },
    );
  });

  it('gives two different moves two different numbers', () => {
    const codes = new Set<number>();
    for (const kind of MOVE_KINDS) for (const claim of [0, 1, MAX_CLAIM]) for (const operand of [0, 1, MAX_OPERAND]) for (const yes of [false, true]) codes.add(packMove(kind, claim, operand, yes));
    expect(codes.size).toBe(MOVE_KINDS.length * 3 * 3 * 2);
  });

  it('refuses an operand or claim index it cannot hold rather than mixing it into another field', () => {
    expect(() => packMove('sellerMemo', 1, MAX_OPERAND + 1, false)).toThrow(/operand 65536 is not in 0\.\.65535/);
    expect(() => packMove('sellerMemo', 1, -1, false)).toThrow(/operand -1/);
    expect(() => packMove('reject', 1, 0.5, false)).toThrow(/operand 0.5/);
    expect(() => packMove('advance', MAX_CLAIM + 1, 0, false)).toThrow(/claim index/);
    expect(() => packMove('advance', -1, 0, false)).toThrow(/claim index/);
  });
});
