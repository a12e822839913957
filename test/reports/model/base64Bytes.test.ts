import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { base64ToOutcomes, base64ToSellers, bytesToBase64 } from '../../../reports/model/base64Bytes.js';

describe('a sweep part’s per-claim bytes', () => {
  it('come back the same: outcomes as bytes, sellers as 32-bit integers', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), fc.uint32Array({ maxLength: 200 }), (outcomes, sellers) => {
        expect(base64ToOutcomes(bytesToBase64(outcomes))).toEqual(outcomes);
        expect(base64ToSellers(bytesToBase64(sellers))).toEqual(sellers);
      }),
      { seed: 20261129 },
    );
  });

  it('read a view of a larger buffer, not the whole buffer', () => {
    const big = Uint32Array.from([1, 2, 3, 4]);
    expect(base64ToSellers(bytesToBase64(big.subarray(1, 3)))).toEqual(Uint32Array.from([2, 3]));
  });
});
