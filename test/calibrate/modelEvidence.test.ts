import { describe, expect, it } from 'vitest';
import { heldOutDifference, isIdentified, modelWeights } from '../../generators/calibrate/modelEvidence.js';
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

  it('calls a lead identified only at 2 standard errors or more', () => {
    expect(isIdentified({ difference: 4, se: 2, n: 100 })).toBe(true);
    expect(isIdentified({ difference: 3.9, se: 2, n: 100 })).toBe(false);
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
});
