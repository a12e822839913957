import { describe, expect, it } from 'vitest';
import { IDENTIFIED_SE, LEAD_SPREAD, heldOutDifference, isIdentified, modelWeights } from '../../generators/calibrate/modelEvidence.js';
import { drawUniform, streamKey } from '../../generators/random/hash32.js';

const noise = (seed: number, n: number): number[] => Array.from({ length: n }, (_, i) => drawUniform(streamKey(seed, i, 5), 0) - 0.5);

describe('heldOutDifference', () => {
  it('is the summed per-unit difference with √(n · variance) as its standard error', () => {
    const d = heldOutDifference([1, 2, 3, 4], [0, 0, 0, 0]);
    expect(d.difference).toBe(10);
    // Differences 1, 2, 3, 4: sample variance 5/3, so se = √(4 · 5/3).
    expect(d.se).toBeCloseTo(Math.sqrt((4 * 5) / 3), 12);
    expect(d.n).toBe(4);
  });

  it('calls a lead identified only at 2.6 within-log standard errors or more (2 of its spread across logs)', () => {
    expect(IDENTIFIED_SE).toBe(2.6);
    expect(IDENTIFIED_SE).toBeCloseTo(2 * LEAD_SPREAD, 1);
    expect(isIdentified({ difference: 5.2, se: 2, n: 100 })).toBe(true);
    expect(isIdentified({ difference: 5.1, se: 2, n: 100 })).toBe(false);
    // Two standard errors, identified before the spread across logs was measured, is not now.
    expect(isIdentified({ difference: 4, se: 2, n: 100 })).toBe(false);
    expect(isIdentified({ difference: -5, se: 1, n: 100 })).toBe(false);
  });
});

describe('modelWeights (pseudo-BMA+)', () => {
  it('gives two models that predict alike the same weight, and is reproducible in its seed', () => {
    const a = noise(1, 500);
    const w = modelWeights([a, a], 7);
    expect(w[0]).toBeCloseTo(0.5, 12);
    expect(w[1]).toBeCloseTo(0.5, 12);
    expect(modelWeights([a, noise(2, 500)], 7)).toEqual(modelWeights([a, noise(2, 500)], 7));
  });

  it('gives nearly all the weight to a lead of many standard errors, and leaves a share to a lead within noise', () => {
    const base = noise(3, 1000);
    // A lead of 0.05 per unit with per-unit sd ≈ 0.41: 50 in total, about 4 standard errors.
    const clear = modelWeights([base.map((x) => x + 0.05), noise(4, 1000).map((x, i) => base[i]! + x)], 1);
    expect(clear[0]).toBeGreaterThan(0.98);
    // A lead of 0.005 per unit: about 0.4 standard errors, so the runner-up keeps a real share.
    const close = modelWeights([base.map((x) => x + 0.005), noise(4, 1000).map((x, i) => base[i]! + x)], 1);
    expect(close[0]).toBeGreaterThan(0.5);
    expect(close[1]).toBeGreaterThan(0.15);
    expect(close[0]! + close[1]!).toBeCloseTo(1, 12);
  });

  it('leaves a runner-up the weight the lead’s spread across logs gives it (LEAD_SPREAD), more than plain pseudo-BMA+', () => {
    const base = noise(3, 1000);
    // A lead of 0.02 per unit: 16.8 with a standard error of 9.1, about 1.8 within the log, 1.4 across logs.
    const rows = [base.map((x) => x + 0.02), noise(4, 1000).map((x, i) => base[i]! + x)];
    const plain = modelWeights(rows, 1, 1);
    const spread = modelWeights(rows, 1);
    expect(spread[1]!).toBeGreaterThan(plain[1]! * 1.5);
    expect(spread[0]!).toBeGreaterThan(spread[1]!);
    // Near the normal's tails: Φ(−1.84) ≈ 0.03 plain, Φ(−1.84 / 1.32) ≈ 0.08 stretched.
    expect(plain[1]!).toBeGreaterThan(0.02);
    expect(plain[1]!).toBeLessThan(0.07);
    expect(spread[1]!).toBeGreaterThan(0.07);
    expect(spread[1]!).toBeLessThan(0.15);
  });
});
