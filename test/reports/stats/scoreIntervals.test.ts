import { describe, expect, it } from 'vitest';
import { clusteredDifference } from '../../../reports/stats/clusteredDifference.js';
import { holmFlags } from '../../../reports/stats/holmFlags.js';
import { pairedCells } from '../../../reports/stats/pairedCells.js';
import { pairedScoreDifference } from '../../../reports/stats/pairedScoreDifference.js';
import { tangoRoot, tangoScore } from '../../../reports/stats/tangoScore.js';
import { tDistributionTail } from '../../../reports/stats/tDistributionTail.js';
import { tCritical } from '../../../reports/stats/tCritical.js';
import { unpairedScoreDifference } from '../../../reports/stats/unpairedScoreDifference.js';
import { mulberry32 } from '../../../bench/stats/mulberry32.js';
import { smallEffectCoverage } from '../../../bench/stats/smallEffectCoverage.js';

describe('tDistributionTail', () => {
  it('gives 5% at the two-sided 95% critical values of the table and the normal', () => {
    for (const df of [1, 2, 5, 10, 30]) expect(tDistributionTail(tCritical(df), df)).toBeCloseTo(0.05, 4);
    expect(tDistributionTail(1.959964, 1e7)).toBeCloseTo(0.05, 5);
    expect(tDistributionTail(0, 4)).toBe(1);
    expect(tDistributionTail(Infinity, 4)).toBe(0);
  });
});

describe('tangoScore', () => {
  it('is 0 at the estimate, antisymmetric in the two kinds of discordant pairs, and decreasing', () => {
    expect(tangoScore(1000, 10, 2, 8 / 1000)).toBeCloseTo(0, 10);
    for (const d of [-0.5, -0.01, 0, 0.02, 0.3]) expect(tangoScore(1000, 10, 2, d)).toBeCloseTo(-tangoScore(1000, 2, 10, -d), 9);
    const ds = [-0.9, -0.1, 0, 0.005, 0.01, 0.1, 0.9];
    ds.slice(1).forEach((d, i) => expect(tangoScore(500, 7, 3, d)).toBeLessThan(tangoScore(500, 7, 3, ds[i]!)));
  });

  it('without discordant pairs still has width, about ±z²/n', () => {
    const high = tangoRoot(1000, 0, 0, -1.96);
    expect(high).toBeGreaterThan(0.003);
    expect(high).toBeLessThan(0.0045);
    expect(tangoRoot(1000, 0, 0, 1.96)).toBeCloseTo(-high, 9);
  });
});

describe('pairedScoreDifference', () => {
  const spread = (up: number, clusters = 40) => Array.from({ length: clusters }, (_, g) => ({ n: 50, up: g < up ? 1 : 0, down: 0 }));

  it('few claims moved: the interval is not pulled to the estimate, as the Wald interval was', () => {
    const s = pairedScoreDifference(spread(6)).interval;
    const w = clusteredDifference(spread(6).map((c) => ({ nA: c.n, sumA: c.down, nB: c.n, sumB: c.up }))).interval;
    expect(s.method).toBe('score');
    expect(s.estimate).toBeCloseTo(6 / 2000, 12);
    // The score interval reaches further above the estimate (toward larger truths) than below.
    expect(s.high - s.estimate).toBeGreaterThan(s.estimate - s.low);
    expect(s.high).toBeGreaterThan(w.high);
  });

  it('widens when the moved claims gather in a few sellers (the design effect)', () => {
    const gathered = Array.from({ length: 40 }, (_, g) => ({ n: 50, up: g < 2 ? 10 : 0, down: 0 }));
    const even = Array.from({ length: 40 }, (_, g) => ({ n: 50, up: g < 20 ? 1 : 0, down: 0 }));
    const [a, b] = [pairedScoreDifference(gathered), pairedScoreDifference(even)];
    expect(a.interval.estimate).toBeCloseTo(b.interval.estimate, 12);
    expect(a.interval.high - a.interval.low).toBeGreaterThan(1.5 * (b.interval.high - b.interval.low));
    expect(a.df).toBeLessThan(b.df);
  });

  it('its p-value agrees with its interval', () => {
    const u = mulberry32(11);
    for (let t = 0; t < 200; t++) {
      const cells = Array.from({ length: 30 }, () => ({ n: 40, up: u() < 0.3 ? Math.floor(u() * 3) : 0, down: u() < 0.2 ? Math.floor(u() * 3) : 0 }));
      const e = pairedScoreDifference(cells);
      const excludes = e.interval.low > 0 || e.interval.high < 0;
      if (Math.abs(e.pValue - 0.05) > 1e-6) expect(excludes).toBe(e.pValue < 0.05);
    }
  });

  it('covers a known small effect 93–97% of the time where the Wald interval did not (400 synthetic trials)', () => {
    const r = smallEffectCoverage({ clusters: 100, meanSize: 50, discordant: 10, shape: 'spread' }, 400, 3);
    expect(r.covered / r.trials).toBeGreaterThanOrEqual(0.93);
    expect(r.covered / r.trials).toBeLessThanOrEqual(0.97);
    expect(r.missedTowardZero).toBeLessThan(r.waldMissedTowardZero);
  });

  it('one cluster: nothing to estimate from', () => {
    expect(pairedScoreDifference([{ n: 10, up: 3, down: 0 }]).interval.method).toBe('none');
  });
});

describe('unpairedScoreDifference', () => {
  it('compares two arms held in clusters of their own, its p-value agreeing with its interval', () => {
    const u = mulberry32(5);
    let agreed = 0;
    for (let t = 0; t < 100; t++) {
      const cells = [
        ...Array.from({ length: 20 }, () => ({ nA: 30, sumA: Math.floor(u() * 8), nB: 0, sumB: 0 })),
        ...Array.from({ length: 20 }, () => ({ nA: 0, sumA: 0, nB: 30, sumB: Math.floor(u() * 10) })),
      ];
      const e = unpairedScoreDifference(cells);
      expect(e.interval.method).toBe('score');
      expect(e.interval.low).toBeLessThan(e.interval.estimate);
      expect(e.df).toBe(19);
      if ((e.interval.low > 0 || e.interval.high < 0) === e.pValue < 0.05) agreed++;
    }
    expect(agreed).toBe(100);
  });
});

describe('holmFlags', () => {
  it('steps down from the smallest p-value and stops at the first it cannot flag', () => {
    const { flagged, adjusted } = holmFlags([0.01, 0.04, 0.03, 0.005, null]);
    expect(flagged).toEqual([true, false, false, true, null]);
    expect(adjusted.map((p) => (p === null ? null : Number(p.toFixed(6))))).toEqual([0.03, 0.06, 0.06, 0.02, null]);
  });

  it('an empty family flags nothing', () => {
    expect(holmFlags([null, null]).flagged).toEqual([null, null]);
  });
});

describe('pairedCells', () => {
  it('counts per seller the claims that moved into and out of each outcome', () => {
    const run = (outcomes: number[]) => ({ seed: 1, outcomes: Uint8Array.from(outcomes), sellers: Uint32Array.from([0, 0, 1, 1]) });
    const cells = pairedCells([run([0, 1, 1, 255])], [run([1, 1, 0, 0])], 2);
    expect(cells[0]).toEqual([{ n: 2, up: 0, down: 1 }, { n: 1, up: 1, down: 0 }]);
    expect(cells[1]).toEqual([{ n: 2, up: 1, down: 0 }, { n: 1, up: 0, down: 1 }]);
  });
});
