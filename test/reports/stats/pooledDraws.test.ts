import { describe, expect, it } from 'vitest';
import { pooledDraws } from '../../../reports/stats/pooledDraws.js';
import { tCritical } from '../../../reports/stats/tCritical.js';

describe('pooledDraws', () => {
  it('adds the variance between the draws to the variance within them (Rubin’s rules)', () => {
    const draws = [0.01, 0.02, 0.03, 0.04].map((estimate) => ({ estimate, se: 0.005 }));
    const p = pooledDraws(draws, 100);
    expect(p.interval.estimate).toBeCloseTo(0.025, 12);
    expect(p.within).toBeCloseTo(0.000025, 12);
    expect(p.between).toBeCloseTo(0.0001666667, 9);
    const total = p.within + 1.25 * p.between;
    const df = 3 * (1 + p.within / (1.25 * p.between)) ** 2;
    expect(p.interval.high - p.interval.estimate).toBeCloseTo(tCritical(df) * Math.sqrt(total), 12);
    expect(p.sameWay).toBe(1);
  });

  it('draws that agree exactly add nothing; one draw is its own interval', () => {
    const same = pooledDraws([{ estimate: 0.02, se: 0.01 }, { estimate: 0.02, se: 0.01 }], 30);
    expect(same.between).toBe(0);
    expect(same.interval.high - 0.02).toBeCloseTo(tCritical(30) * 0.01, 12);
    expect(pooledDraws([{ estimate: -0.01, se: 0.002 }], 9).interval.low).toBeCloseTo(-0.01 - tCritical(9) * 0.002, 12);
  });

  it('counts the draws moving the outcome the pooled way', () => {
    expect(pooledDraws([0.03, 0.01, -0.005, 0.02].map((estimate) => ({ estimate, se: 0.01 })), 50).sameWay).toBe(0.75);
  });
});
