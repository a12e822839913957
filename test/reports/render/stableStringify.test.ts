import { describe, expect, it } from 'vitest';
import { stableStringify } from '../../../reports/stableStringify.js';

describe('stableStringify', () => {
  it('sorts keys at every level whatever order they were built in', () => {
    const a = stableStringify({ b: 1, a: { d: [3, { z: 1, y: 2 }], c: null } });
    const b = stableStringify({ a: { c: null, d: [3, { y: 2, z: 1 }] }, b: 1 });
    expect(a).toBe(b);
    expect(a.indexOf('"a"')).toBeLessThan(a.indexOf('"b"'));
    expect(a.endsWith('}\n')).toBe(true);
  });

  it('drops undefined, writes non-finite numbers as null and byte arrays as lists', () => {
    expect(JSON.parse(stableStringify({ u: undefined, n: Number.NaN, x: Uint8Array.from([1, 2]) }))).toEqual({ n: null, x: [1, 2] });
  });
});
