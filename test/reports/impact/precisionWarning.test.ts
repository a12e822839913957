import { describe, expect, it } from 'vitest';
import { precisionWarning } from '../../../reports/impact/precisionWarning.js';

const interval = (low: number, high: number) => ({ estimate: (low + high) / 2, low, high, method: 'cluster' as const });

describe('precisionWarning', () => {
  it('says nothing when the range is at least as wide as the interval', () => {
    expect(precisionWarning({ low: -0.02, high: 0.02 }, interval(-0.01, 0.01), 'pp')).toBeNull();
    expect(precisionWarning({ low: 0, high: 0 }, { estimate: 0, low: 0, high: 0, method: 'none' }, 'pp')).toBeNull();
  });

  it('gives the factor of claims the range would need: the squared ratio of the widths', () => {
    // An interval twice as wide as the range: four times the claims.
    expect(precisionWarning({ low: 0.01, high: 0.02 }, interval(0.005, 0.025), 'pp')).toMatch(/2\.00 pp wide.*\+1\.0%\.\.\+2\.0%.*about 4× the claims × replications/);
  });
});
