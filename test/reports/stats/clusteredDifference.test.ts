import { sampleVariance } from 'simple-statistics';
import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../../bench/stats/mulberry32.js';
import { syntheticClusteredTrial } from '../../../bench/stats/syntheticClusteredTrial.js';
import { clusteredDifference } from '../../../reports/stats/clusteredDifference.js';
import type { ClusterCell } from '../../../reports/stats/ClusterCell.js';
import { isSignificant } from '../../../reports/stats/isSignificant.js';
import { tCritical } from '../../../reports/stats/tCritical.js';
import { zeroSpreadBound } from '../../../reports/stats/zeroSpreadBound.js';

const paired = (d: readonly number[]): ClusterCell[] => d.map((x) => ({ nA: 1, sumA: 0, nB: 1, sumB: x }));

describe('clusteredDifference', () => {
  it('with one claim per cluster and paired arms, is the paired t-interval of the differences', () => {
    const d = [1, 0, 0, 1, -1, 0, 1, 1, 0, 0, 1, 0];
    const e = clusteredDifference(paired(d));
    const n = d.length;
    const mean = d.reduce((a, b) => a + b, 0) / n;
    // CR1 with G = n singleton clusters: s² / n, times the regression's (2n − 1) / (2n − 2).
    const se = Math.sqrt((sampleVariance(d) / n) * ((2 * n - 1) / (2 * n - 2)));
    expect(e.interval.method).toBe('cluster');
    expect(e.interval.estimate).toBeCloseTo(mean, 12);
    expect(e.se).toBeCloseTo(se, 12);
    expect(e.interval.high - e.interval.estimate).toBeCloseTo(tCritical(n - 1) * se, 12);
  });

  it('widens when the claims of a cluster move together', () => {
    // The same 40 differences, once spread evenly over 8 clusters, once gathered in 2 of them.
    const spread: ClusterCell[] = Array.from({ length: 8 }, () => ({ nA: 10, sumA: 0, nB: 10, sumB: 5 }));
    const gathered: ClusterCell[] = Array.from({ length: 8 }, (_, g) => ({ nA: 10, sumA: 0, nB: 10, sumB: g < 4 ? 10 : 0 }));
    const a = clusteredDifference(spread), b = clusteredDifference(gathered);
    expect(a.interval.estimate).toBeCloseTo(b.interval.estimate, 12);
    expect(b.se).toBeGreaterThan(a.se * 5);
  });

  it('never gives a zero-width interval: values without spread get the bound of their effective claims', () => {
    // Every seller alike (no clustering in the outcome): all 1,000 claims count.
    const none = clusteredDifference(Array.from({ length: 20 }, () => ({ nA: 50, sumA: 10, nB: 50, sumB: 10 })));
    expect(none.interval).toMatchObject({ estimate: 0, method: 'bound' });
    expect(none.interval.high).toBeCloseTo(zeroSpreadBound(1000), 12);
    expect(none.interval.low).toBeCloseTo(-zeroSpreadBound(1000), 12);
    expect(none.interval.high).toBeGreaterThan(0.003);
    expect(isSignificant(none.interval)).toBe(false);
    expect(none.detectable).toBeCloseTo(zeroSpreadBound(1000), 12);
    // Sellers whose claims all share one fate: only the 20 sellers count.
    const clustered = clusteredDifference(Array.from({ length: 20 }, (_, g) => ({ nA: 50, sumA: g % 2 ? 50 : 0, nB: 50, sumB: g % 2 ? 50 : 0 })));
    expect(clustered.interval.high).toBeCloseTo(zeroSpreadBound(20), 12);
  });

  it('pairs the arms a cluster holds: the same claims moved the same way are tighter than two independent arms', () => {
    const u = mulberry32(7);
    const base = Array.from({ length: 30 }, () => Math.floor(u() * 20));
    const moved = (g: number) => (g % 3 === 0 ? 2 : 1);
    const pairedCells = base.map((s, g) => ({ nA: 20, sumA: s, nB: 20, sumB: s + moved(g) }));
    const unpaired = [...base.map((s) => ({ nA: 20, sumA: s, nB: 0, sumB: 0 })), ...base.map((s, g) => ({ nA: 0, sumA: 0, nB: 20, sumB: s + moved(g) }))];
    const p = clusteredDifference(pairedCells), q = clusteredDifference(unpaired);
    expect(p.interval.estimate).toBeCloseTo(q.interval.estimate, 12);
    expect(q.se).toBeGreaterThan(10 * p.se);
    expect(isSignificant(p.interval)).toBe(true);
    expect(isSignificant(q.interval)).toBe(false);
  });

  it('gives no interval with fewer than two clusters or an empty arm', () => {
    expect(clusteredDifference([{ nA: 10, sumA: 1, nB: 10, sumB: 3 }]).interval.method).toBe('none');
    expect(clusteredDifference([{ nA: 10, sumA: 1, nB: 0, sumB: 0 }, { nA: 5, sumA: 1, nB: 0, sumB: 0 }]).interval.method).toBe('none');
  });

  it('covers a known shift on clustered data about 95% of the time, where a naive interval does not (fixed seed, 60 trials)', () => {
    const u = mulberry32(20261128);
    const shape = { clusters: 30, meanSize: 50, shift: 0.2 };
    let clustered = 0, naive = 0;
    const trials = 60;
    for (let t = 0; t < trials; t++) {
      const { cells, diffs } = syntheticClusteredTrial(shape, u);
      const i = clusteredDifference(cells).interval;
      expect(i.high).toBeGreaterThan(i.low);
      if (i.low <= shape.shift && shape.shift <= i.high) clustered++;
      // The interval that treats every claim as independent.
      const m = diffs.reduce((a, b) => a + b, 0) / diffs.length;
      const half = 1.96 * Math.sqrt(sampleVariance(diffs) / diffs.length);
      if (m - half <= shape.shift && shape.shift <= m + half) naive++;
    }
    expect(clustered / trials).toBeGreaterThanOrEqual(0.85);
    expect(naive / trials).toBeLessThan(0.85);
  });
});
