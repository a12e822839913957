import { describe, expect, it } from 'vitest';
import type { Distribution } from '../../../generators/Summary.js';
import { mergeDistributions, quantileOfBins } from '../../../reports/model/mergeDistributions.js';

const bins = (counts: number[], width = 0.125): Distribution => {
  const count = counts.reduce((a, b) => a + b, 0);
  const edges = [...counts.map((_, i) => i * width), counts.length * width];
  return { count, mean: 0, p50: 0, p90: 0, p99: 0, max: counts.length * width, edges, counts, sumSeconds: count * 3600 };
};

describe('mergeDistributions', () => {
  it('pools histograms on one grid exactly, the shorter one padded', () => {
    const m = mergeDistributions([bins([1, 2, 3]), bins([4, 0, 0, 5])])!;
    expect(m.counts).toEqual([5, 2, 3, 5]);
    expect(m.count).toBe(15);
    expect(m.sumSeconds).toBe(15 * 3600);
    expect(m.mean).toBeCloseTo(1 / 24, 6);
  });

  it('reads percentiles off the pooled bins', () => {
    const m = mergeDistributions([bins([10, 0, 0, 10]), bins([0, 0, 0, 0])])!;
    expect(m.p50).toBeCloseTo(0.125, 9); // rank 10 is the top of the first bin
    expect(m.p90).toBeCloseTo(3.8 * 0.125, 9);
  });

  it('is null with nothing resolved', () => {
    expect(mergeDistributions([bins([0, 0])])).toBeNull();
  });
});

describe('quantileOfBins', () => {
  it('is linear within the bin and never beyond the max', () => {
    expect(quantileOfBins([0, 1, 2], [0, 4], 4, 0.5, 1.6)).toBeCloseTo(1.5, 9);
    expect(quantileOfBins([0, 1, 2], [0, 4], 4, 1, 1.6)).toBeCloseTo(1.6, 9);
  });
});
