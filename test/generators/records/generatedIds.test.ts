import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { claimId, claimIndexOf, idNumberOf } from '../../../generators/records/generatedIds.js';

describe('generated ids', () => {
  // Claim indices index typed arrays of the run's length: far below 2^40, where digit-by-digit reading stays exact.
  it('a claim id gives back its index, on the hot path and the general one alike', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 40 }), (i) => {
        expect(claimIndexOf(claimId(i))).toBe(i);
        expect(idNumberOf(claimId(i))).toBe(i);
      }),
      { seed: 11, numRuns: 300 },
    );
    expect(claimId(12)).toBe('C12');
  });

  it('reads the number behind seller and buyer ids, and sorts an id without one last', () => {
    expect(idNumberOf('S12')).toBe(12);
    expect(idNumberOf('B0')).toBe(0);
    expect(idNumberOf('')).toBe(Number.MAX_SAFE_INTEGER);
    expect(idNumberOf('C')).toBe(Number.MAX_SAFE_INTEGER);
    expect(idNumberOf('Cx1')).toBe(Number.MAX_SAFE_INTEGER);
  });
});
