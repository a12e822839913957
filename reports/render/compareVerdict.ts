import type { CompareReport } from '../model/CompareReport.js';
import { outcomeLabel } from '../model/outcomeLabel.js';
import type { News } from '../model/outcomeNews.js';
import { pointsSize } from './format.js';
import { comparisonNews } from './outcomeComparisonCells.js';

/** One line of a comparison's verdict: the significant changes that read the same for the seller. */
export interface VerdictLine {
  readonly news: Exclude<News, 'noise'>;
  /** "Good news for the seller", "Bad news for the seller", "Neither good nor bad". */
  readonly heading: string;
  /** “withdrawn, buyer accepted” rises by 1.85 pp, … */
  readonly changes: readonly string[];
}

const HEADINGS = { good: 'Good news for the seller', bad: 'Bad news for the seller', neutral: 'Neither good nor bad' } as const;

/**
 * What changed beyond noise under the variant, grouped by what it means for the seller
 * (outcomeNews): good news first, then bad, then neither. Empty when nothing changed.
 */
export function compareVerdict(r: CompareReport): VerdictLine[] {
  return (['good', 'bad', 'neutral'] as const)
    .map((news) => ({
      news,
      heading: HEADINGS[news],
      changes: r.outcomes
        .filter((o) => comparisonNews(o) === news)
        .map((o) => `“${outcomeLabel(o.outcome)}” ${o.difference.estimate > 0 ? 'rises' : 'falls'} by ${pointsSize(o.difference.estimate)}`),
    }))
    .filter((l) => l.changes.length > 0);
}

/** The verdict when nothing changed beyond noise. */
export const NO_CHANGE_VERDICT = 'No outcome changes beyond noise under the variant.';
