import { describe, expect, it } from 'vitest';
import { statsTrials } from '../../../bench/stats/statsTrials.js';
import { loadPopulationFile } from '../../../generators/index.js';

/**
 * The small, fast version of `npm run stats:check` (fixed seeds, 50 comparisons, loose
 * bounds): enough to fail an interval that ignores the sellers or has zero width.
 */
describe('the intervals, checked by simulation', () => {
  const t = statsTrials({ population: loadPopulationFile('generators/populations/small.yaml'), comparisons: 50, claims: 300, replications: 1, shift: 0.05, firstSeed: 5_000 });

  it('A/A: independent seeds of one policy are rarely flagged, far less often than by the naive interval', () => {
    expect(t.aaTests).toBeGreaterThan(200);
    expect(t.aaFlagged / t.aaTests).toBeLessThanOrEqual(0.1);
    expect(t.aaNaiveFlagged / t.aaTests).toBeGreaterThan(t.aaFlagged / t.aaTests);
  });

  it('a known shift is covered by most 95% intervals, none of them of zero width', () => {
    expect(t.shiftTrials).toBeGreaterThanOrEqual(45);
    expect(t.shiftCovered / t.shiftTrials).toBeGreaterThanOrEqual(0.85);
    expect(t.zeroWidth).toBe(0);
  });

  it('a share’s interval holds the pooled share of all runs more often than the Wilson interval does', () => {
    expect(t.shareTrials).toBeGreaterThan(200);
    expect(t.shareCovered / t.shareTrials).toBeGreaterThanOrEqual(0.9);
    expect(t.shareCovered).toBeGreaterThan(t.shareNaiveCovered);
  });
});
