import { describe, expect, it } from 'vitest';
import { mixtureDraws } from '../../../reports/stats/mixtureDraws.js';
import { pooledDraws } from '../../../reports/stats/pooledDraws.js';

const same = (n: number, estimate: number, se: number) => Array.from({ length: n }, () => ({ estimate, se }));

describe('mixtureDraws', () => {
  it('is pooledDraws exactly with one model, whatever its weight', () => {
    const draws = [0.01, 0.012, 0.008, 0.011].map((estimate) => ({ estimate, se: 0.002 }));
    const { models, ...mixed } = mixtureDraws([{ weight: 0.3, draws }], 99);
    expect(mixed).toEqual(pooledDraws(draws, 99));
    expect(models).toHaveLength(1);
    expect(models[0]!.weight).toBe(1);
  });

  it('puts its 2.5% and 97.5% quantiles where the mixture of the models’ t distributions has them', () => {
    // Two models, weight ½ each, each a normal (draws that agree exactly: T = W; many degrees of freedom).
    const m = mixtureDraws([{ weight: 0.5, draws: same(3, -1, 0.1) }, { weight: 0.5, draws: same(3, 1, 0.1) }], 1e7);
    // ½·Φ((x + 1) / 0.1) = 0.025 → x = −1 + 0.1·Φ⁻¹(0.05).
    expect(m.interval.low).toBeCloseTo(-1 - 0.1 * 1.6448536, 4);
    expect(m.interval.high).toBeCloseTo(1 + 0.1 * 1.6448536, 4);
    expect(m.interval.estimate).toBe(0);
    // The mixture's variance: W = 0.01 within, the rest (the means' spread, 1) between.
    expect(m.within).toBeCloseTo(0.01, 12);
    expect(m.between).toBeCloseTo(1, 3);
  });

  it('weighs the models by their weights, not by their counts of draws', () => {
    const a = same(8, 0.2, 0.05);
    const b = same(2, -0.3, 0.05);
    const even = mixtureDraws([{ weight: 0.6, draws: a }, { weight: 0.4, draws: b }], 1e6);
    const moreOfB = mixtureDraws([{ weight: 0.6, draws: a.slice(0, 2) }, { weight: 0.4, draws: same(8, -0.3, 0.05) }], 1e6);
    expect(even.interval.estimate).toBeCloseTo(0.6 * 0.2 - 0.4 * 0.3, 12);
    expect(moreOfB.interval.low).toBeCloseTo(even.interval.low, 9);
    expect(moreOfB.interval.high).toBeCloseTo(even.interval.high, 9);
    // Rubin's rules over the ten draws weigh the models by their counts: 8 to 2, not 6 to 4.
    expect(pooledDraws([...a, ...b], 1e6).interval.estimate).toBeCloseTo(0.8 * 0.2 - 0.2 * 0.3, 12);
    expect(even.interval.low).toBeLessThan(-0.3);
    expect(even.interval.high).toBeGreaterThan(0.2);
  });

  it('reaches into a model of a few percent’s weight, and not into one below the 2.5% tail', () => {
    const main = same(8, 0.5, 0.05);
    const runnerUp = same(2, -0.5, 0.05);
    const five = mixtureDraws([{ weight: 0.95, draws: main }, { weight: 0.05, draws: runnerUp }], 1e6);
    expect(five.interval.low).toBeLessThan(-0.4);
    expect(five.interval.high).toBeCloseTo(0.5 + 0.05 * 2.0, 2);
    const one = mixtureDraws([{ weight: 0.99, draws: main }, { weight: 0.01, draws: runnerUp }], 1e6);
    expect(one.interval.low).toBeGreaterThan(0.35);
    expect(one.sameWay).toBeCloseTo(0.99, 12);
    // Draws of a model whose mean has the other sign count where they agree with the mixture's.
    const split = mixtureDraws([{ weight: 0.7, draws: same(2, 0.5, 0.05) }, { weight: 0.3, draws: [{ estimate: -0.5, se: 0.05 }, { estimate: 0.1, se: 0.05 }, { estimate: -0.4, se: 0.05 }] }], 1e6);
    expect(split.sameWay).toBeCloseTo(0.7 + 0.3 / 3, 12);
  });

  it('takes each model’s spread over its draws (Rubin’s rules) into its t, with its degrees of freedom', () => {
    const wide = [0.1, 0.3, 0.2, 0.4].map((estimate) => ({ estimate, se: 0.01 }));
    const m = mixtureDraws([{ weight: 0.5, draws: wide }, { weight: 0.5, draws: same(4, 5, 0.01) }], 1e6);
    const own = pooledDraws(wide, 1e6);
    const scale = Math.sqrt(own.within + (1 + 1 / 4) * own.between);
    // The low tail is the wide model's alone: its t's 5% quantile (ν ≈ 3.0: 2.35 scales), wider than a normal's (1.64).
    expect(m.interval.low).toBeLessThan(own.interval.estimate - 1.6448536 * scale);
    expect(m.interval.low).toBeCloseTo(own.interval.estimate - 2.35 * scale, 2);
    expect(m.models.map((x) => x.df)).toEqual([expect.any(Number), 1e6]);
    expect(m.models[0]!.df).toBeLessThan(4);
  });

  it('refuses an empty mixture', () => {
    expect(() => mixtureDraws([{ weight: 0, draws: same(2, 1, 1) }], 10)).toThrow(RangeError);
  });

  it('reports between as the models\' Rubin B and their means\' spread, however few draws a model had (its t with ν ≈ 1 has no variance)', () => {
    const main = [0.48, 0.5, 0.52, 0.49, 0.51, 0.5, 0.47, 0.53].map((estimate) => ({ estimate, se: 0.05 }));
    const two = [
      { estimate: -0.5, se: 0.05 },
      { estimate: -0.3, se: 0.05 },
    ];
    const m = mixtureDraws([{ weight: 0.98, draws: main }, { weight: 0.02, draws: two }], 1e6);
    expect(m.models[1]!.df).toBeLessThan(2);
    const [a, b] = [pooledDraws(main, 1e6), pooledDraws(two, 1e6)];
    const mean = 0.98 * a.interval.estimate + 0.02 * b.interval.estimate;
    const rubinB = 0.98 * (1 + 1 / 8) * a.between + 0.02 * (1 + 1 / 2) * b.between;
    const spread = 0.98 * (a.interval.estimate - mean) ** 2 + 0.02 * (b.interval.estimate - mean) ** 2;
    expect(m.within).toBeCloseTo(0.0025, 12);
    expect(m.between).toBeCloseTo(rubinB + spread, 12);
    // Not the 3·sd² stand-in for the small model's t's variance (0.0182 with it).
    expect(m.between).toBeLessThan(0.0175);
  });
});
