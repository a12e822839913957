import { describe, expect, it } from 'vitest';
import type { DistributionSpec } from '../../../generators/random/DistributionSpec.js';
import { Stream } from '../../../generators/random/Stream.js';
import { compileDistribution, meanOf } from '../../../generators/random/compileDistribution.js';
import { inverseNormal } from '../../../generators/random/inverseNormal.js';

const H = 3_600_000;

function sampleMean(spec: DistributionSpec, n = 40_000, seed = 9): { mean: number; min: number; max: number; values: number[] } {
  const sample = compileDistribution(spec);
  const s = new Stream(seed, 0, 1);
  const values = Array.from({ length: n }, () => sample(s.next()));
  return { mean: values.reduce((a, b) => a + b, 0) / n, min: Math.min(...values), max: Math.max(...values), values };
}

describe('distributions', () => {
  const cases: [string, DistributionSpec, number][] = [
    ['constant', { constant: 5 * H }, 0],
    ['uniform', { uniform: [2 * H, 10 * H] }, 0.01],
    ['exponential', { exponential: { mean: 24 * H } }, 0.02],
    ['log-normal', { logNormal: { median: 48 * H, sigma: 0.5 } }, 0.02],
    ['empirical values', { empirical: [{ value: 1 * H, weight: 1 }, { value: 10 * H, weight: 3 }] }, 0.02],
    ['empirical ranges', { empirical: [{ from: 0, to: 2 * H, weight: 1 }, { from: 2 * H, to: 6 * H, weight: 1 }] }, 0.02],
  ];
  for (const [name, spec, tolerance] of cases) {
    it(`${name}: the sample mean is within ${tolerance * 100}% of the exact mean`, () => {
      const exact = meanOf(spec);
      expect(Math.abs(sampleMean(spec).mean - exact)).toBeLessThanOrEqual(tolerance * exact + 1e-9);
    });
  }

  it('stay inside their support', () => {
    const u = sampleMean({ uniform: [2 * H, 10 * H] });
    expect(u.min).toBeGreaterThanOrEqual(2 * H);
    expect(u.max).toBeLessThan(10 * H);
    expect(sampleMean({ exponential: { mean: H } }).min).toBeGreaterThanOrEqual(0);
    const e = sampleMean({ empirical: [{ value: 1, weight: 1 }, { value: 7, weight: 1 }] });
    expect(new Set(e.values)).toEqual(new Set([1, 7]));
  });

  it('log-normal: half the draws fall below the median', () => {
    const { values } = sampleMean({ logNormal: { median: 100, sigma: 1.2 } });
    const below = values.filter((v) => v < 100).length / values.length;
    expect(Math.abs(below - 0.5)).toBeLessThan(0.01);
  });

  it('the normal quantile matches known values', () => {
    expect(inverseNormal(0.5)).toBeCloseTo(0, 8);
    expect(inverseNormal(0.975)).toBeCloseTo(1.959964, 5);
    expect(inverseNormal(0.001)).toBeCloseTo(-3.090232, 5);
    expect(Number.isFinite(inverseNormal(0))).toBe(true);
  });

  it('one draw makes one value: the same draw gives the same value', () => {
    const f = compileDistribution({ logNormal: { median: 3, sigma: 0.4 } });
    expect(f(0.3)).toBe(f(0.3));
    expect(f(0.2)).toBeLessThan(f(0.3));
  });
});
