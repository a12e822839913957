import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDuration, emptyHistogram, histogramOf, mergeHistogram, toDistribution } from '../../../generators/summary/Histogram.js';

const DAY = 86_400_000;

describe('duration histograms', () => {
  it('merge exactly: any split of the durations gives the same distribution', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 40 * DAY }), { minLength: 1, maxLength: 200 }), fc.nat(), (ms, cut) => {
        const whole = emptyHistogram();
        ms.forEach((m) => addDuration(whole, m));
        const k = cut % (ms.length + 1);
        const a = emptyHistogram(), b = emptyHistogram();
        ms.slice(0, k).forEach((m) => addDuration(a, m));
        ms.slice(k).forEach((m) => addDuration(b, m));
        // Through the summary's own form, as merging summaries does.
        const merged = histogramOf(toDistribution(b));
        mergeHistogram(merged, histogramOf(toDistribution(a)));
        expect(toDistribution(merged)).toEqual(toDistribution(whole));
      }),
      { seed: 20261128 },
    );
  });

  it('reads the mean from the exact total and percentiles off the 3-hour bins', () => {
    const h = emptyHistogram();
    for (let d = 1; d <= 100; d++) addDuration(h, d * DAY / 10);
    const d = toDistribution(h);
    expect(d.count).toBe(100);
    expect(d.mean).toBeCloseTo(5.05, 6);
    expect(d.max).toBe(10);
    expect(Math.abs(d.p50 - 5)).toBeLessThanOrEqual(0.125);
    expect(Math.abs(d.p90 - 9)).toBeLessThanOrEqual(0.125);
    expect(d.edges[1]! - d.edges[0]!).toBe(0.125);
    expect(d.counts.reduce((s, c) => s + c, 0)).toBe(100);
    expect(d.edges.length).toBe(d.counts.length + 1);
  });
});
