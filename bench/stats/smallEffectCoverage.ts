import { clusteredDifference } from '../../reports/stats/clusteredDifference.js';
import { pairedScoreDifference } from '../../reports/stats/pairedScoreDifference.js';
import { mulberry32 } from './mulberry32.js';
import { type PairedShape, syntheticPairedTrial } from './syntheticPairedTrial.js';

/** Coverage of one setting: trials, how many intervals held the truth (the score interval and the old CR1 Wald one), and misses between 0 and the truth. */
export interface CoverageRow {
  readonly shape: PairedShape;
  readonly trials: number;
  readonly covered: number;
  readonly waldCovered: number;
  /** Misses of the score interval on the side of 0 (the estimate smaller than the truth). */
  readonly missedTowardZero: number;
  readonly waldMissedTowardZero: number;
}

/** `trials` synthetic paired trials of the shape (syntheticPairedTrial), deterministic in `seed`. */
export function smallEffectCoverage(shape: PairedShape, trials: number, seed: number): CoverageRow {
  const u = mulberry32(seed);
  let covered = 0, waldCovered = 0, missedTowardZero = 0, waldMissedTowardZero = 0;
  for (let t = 0; t < trials; t++) {
    const { paired, cells, truth } = syntheticPairedTrial(shape, u);
    const s = pairedScoreDifference(paired).interval;
    const w = clusteredDifference(cells).interval;
    if (s.low <= truth && truth <= s.high) covered++;
    else if (s.high < truth) missedTowardZero++;
    if (w.low <= truth && truth <= w.high) waldCovered++;
    else if (w.high < truth) waldMissedTowardZero++;
  }
  return { shape, trials, covered, waldCovered, missedTowardZero, waldMissedTowardZero };
}
