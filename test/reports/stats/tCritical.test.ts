import { describe, expect, it } from 'vitest';
import { tCritical } from '../../../reports/stats/tCritical.js';

describe('tCritical (two-sided 95%)', () => {
  it('matches the published t table', () => {
    expect(tCritical(1)).toBeCloseTo(12.706, 3);
    expect(tCritical(4)).toBeCloseTo(2.776, 3);
    expect(tCritical(30)).toBeCloseTo(2.042, 3);
    expect(tCritical(60)).toBeCloseTo(2.0003, 3);
    expect(tCritical(120)).toBeCloseTo(1.9799, 3);
  });

  it('falls towards z = 1.96 as degrees of freedom grow, never below it', () => {
    let last = Infinity;
    for (const df of [1, 2, 5, 10, 29, 30, 31, 50, 100, 1000, 1e6]) {
      const t = tCritical(df);
      expect(t).toBeLessThan(last);
      expect(t).toBeGreaterThan(1.959);
      last = t;
    }
  });

  it('refuses zero degrees of freedom', () => {
    expect(() => tCritical(0)).toThrow(RangeError);
  });
});
