import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Stream } from '../../../generators/random/Stream.js';
import { drawUniform, streamKey } from '../../../generators/random/hash32.js';
import { Purpose } from '../../../generators/random/Purpose.js';

const draws = (seed: number, index: number, purpose: number, n: number): number[] => {
  const s = new Stream(seed, index, purpose);
  return Array.from({ length: n }, () => s.next());
};

function correlation(a: readonly number[], b: readonly number[]): number {
  const n = a.length;
  const ma = a.reduce((s, x) => s + x, 0) / n;
  const mb = b.reduce((s, x) => s + x, 0) / n;
  let sab = 0, saa = 0, sbb = 0;
  for (let i = 0; i < n; i++) {
    sab += (a[i]! - ma) * (b[i]! - mb);
    saa += (a[i]! - ma) ** 2;
    sbb += (b[i]! - mb) ** 2;
  }
  return sab / Math.sqrt(saa * sbb);
}

describe('hash streams', () => {
  it('give the same draws for the same (seed, index, purpose), whatever was drawn before', () => {
    fc.assert(
      fc.property(fc.nat(), fc.nat(), fc.integer({ min: 1, max: 200 }), fc.nat({ max: 1000 }), (seed, index, purpose, k) => {
        const key = streamKey(seed, index, purpose);
        const direct = drawUniform(key, k);
        // Draw other streams in between: a counter-based draw carries no state.
        draws(seed + 1, index, purpose, 3);
        expect(new Stream(seed, index, purpose).at(k)).toBe(direct);
        expect(direct).toBeGreaterThanOrEqual(0);
        expect(direct).toBeLessThan(1);
      }),
    );
  });

  it('are uniform: mean near 1/2 and every tenth of [0, 1) about equally often (chi-square)', () => {
    const xs = draws(42, 7, Purpose.answer, 20_000);
    expect(Math.abs(xs.reduce((s, x) => s + x, 0) / xs.length - 0.5)).toBeLessThan(0.01);
    const bins = new Array<number>(10).fill(0);
    for (const x of xs) bins[Math.floor(x * 10)]!++;
    const chi2 = bins.reduce((s, c) => s + (c - 2000) ** 2 / 2000, 0);
    // 9 degrees of freedom: 27.9 is the 0.1 % critical value.
    expect(chi2).toBeLessThan(27.9);
  });

  it('are independent across purposes, claims and seeds (no correlation between neighbours)', () => {
    const n = 10_000;
    const base = draws(1, 5, Purpose.answer, n);
    for (const other of [draws(1, 5, Purpose.cancel, n), draws(1, 6, Purpose.answer, n), draws(2, 5, Purpose.answer, n)]) {
      expect(Math.abs(correlation(base, other))).toBeLessThan(0.04);
    }
    // Successive draws of one stream are not correlated either.
    expect(Math.abs(correlation(base.slice(0, -1), base.slice(1)))).toBeLessThan(0.04);
  });

  it('differ between neighbouring seeds from the very first draw', () => {
    const first = Array.from({ length: 1000 }, (_, s) => new Stream(s, 0, Purpose.arrival).next());
    expect(new Set(first).size).toBe(1000);
  });
});
