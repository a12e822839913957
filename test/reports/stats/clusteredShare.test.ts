import { describe, expect, it } from 'vitest';
import { clusteredShare } from '../../../reports/stats/clusteredShare.js';
import { wilsonInterval } from '../../../reports/stats/wilsonInterval.js';

const cells = (sums: readonly number[], n: number) => sums.map((s) => ({ nA: n, sumA: s, nB: 0, sumB: 0 }));

describe('clusteredShare', () => {
  it('is the Wilson interval when sellers differ no more than chance', () => {
    const i = clusteredShare(cells([20, 20, 20, 20, 20], 100), 'a');
    const w = wilsonInterval(100, 500);
    expect(i.estimate).toBeCloseTo(0.2, 12);
    expect(i.low).toBeCloseTo(w.low, 12);
    expect(i.high).toBeCloseTo(w.high, 12);
  });

  it('widens past Wilson when a seller’s claims share their fate', () => {
    const i = clusteredShare(cells([0, 100, 0, 100, 0, 100, 0, 100, 0, 100], 100), 'a');
    const w = wilsonInterval(500, 1000);
    expect(i.high - i.low).toBeGreaterThan(5 * (w.high - w.low));
    expect(i.low).toBeGreaterThanOrEqual(0);
    expect(i.high).toBeLessThanOrEqual(1);
  });

  it('reads the arm it is asked for', () => {
    const both = [{ nA: 10, sumA: 1, nB: 10, sumB: 9 }, { nA: 10, sumA: 1, nB: 10, sumB: 9 }];
    expect(clusteredShare(both, 'a').estimate).toBeCloseTo(0.1, 12);
    expect(clusteredShare(both, 'b').estimate).toBeCloseTo(0.9, 12);
  });
});
