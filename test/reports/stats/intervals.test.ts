import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { meanInterval } from '../../../reports/stats/meanInterval.js';
import { shareInterval } from '../../../reports/stats/shareInterval.js';
import { wilsonInterval } from '../../../reports/stats/wilsonInterval.js';

describe('wilsonInterval', () => {
  it('gives the textbook interval for 5 of 10', () => {
    const i = wilsonInterval(5, 10);
    expect(i.estimate).toBe(0.5);
    expect(i.low).toBeCloseTo(0.2366, 4);
    expect(i.high).toBeCloseTo(0.7634, 4);
    expect(i.method).toBe('wilson');
  });

  it('stays inside [0, 1] and away from zero width at the edges', () => {
    const none = wilsonInterval(0, 10);
    expect(none.low).toBe(0);
    expect(none.high).toBeCloseTo(0.2775, 4);
    const all = wilsonInterval(10, 10);
    expect(all.high).toBeCloseTo(1, 12);
    expect(all.low).toBeCloseTo(0.7225, 4);
  });

  it('always holds the observed share', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100_000 }), fc.double({ min: 0, max: 1, noNaN: true }), (n, f) => {
        const k = Math.floor(f * n);
        const i = wilsonInterval(k, n);
        expect(i.low).toBeLessThanOrEqual(k / n + 1e-12);
        expect(i.high).toBeGreaterThanOrEqual(k / n - 1e-12);
      }),
      { seed: 20261130 },
    );
  });
});

describe('meanInterval', () => {
  it('is the t-interval of the values', () => {
    const i = meanInterval([1, 2, 3]);
    expect(i.estimate).toBe(2);
    // sd = 1, t(2) = 4.3027, half-width 4.3027 / sqrt(3)
    expect(i.high - i.estimate).toBeCloseTo(4.3027 / Math.sqrt(3), 4);
    expect(i.method).toBe('t');
  });

  it('has no width to offer from one value', () => {
    expect(meanInterval([0.3])).toEqual({ estimate: 0.3, low: 0.3, high: 0.3, method: 'none' });
  });

  it('claims nothing from equal values: two alike replications are no evidence of zero noise', () => {
    expect(meanInterval([0.011, 0.011]).method).toBe('none');
  });
});

describe('shareInterval', () => {
  it('uses Wilson for one replication and t across several', () => {
    expect(shareInterval([30], [100]).method).toBe('wilson');
    const i = shareInterval([30, 32, 28], [100, 100, 100]);
    expect(i.method).toBe('t');
    expect(i.estimate).toBeCloseTo(0.3, 12);
  });

  it('is never narrower than the Wilson interval of the pooled count, even when the shares agree', () => {
    const i = shareInterval([30, 30], [100, 100]);
    const w = wilsonInterval(60, 200);
    expect(i.low).toBeCloseTo(w.low, 12);
    expect(i.high).toBeCloseTo(w.high, 12);
    expect(i.high).toBeGreaterThan(i.low);
  });
});

describe('shareInterval clipping', () => {
  it('never reaches below 0 or above 1, however few the replications', () => {
    const i = shareInterval([1, 30], [100, 100]);
    expect(i.low).toBe(0);
    expect(i.high).toBeLessThanOrEqual(1);
    expect(i.estimate).toBeCloseTo(0.155, 12);
  });
});
