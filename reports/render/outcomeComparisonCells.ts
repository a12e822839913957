import type { CompareReport, OutcomeComparison } from '../model/CompareReport.js';
import { outcomeLabel } from '../model/outcomeLabel.js';
import { type News, newsOf, newsText } from '../model/outcomeNews.js';
import { differenceText, pointsSize, shareText } from './format.js';

/** The header of a comparison's outcome table, Markdown and HTML alike. */
export const OUTCOME_COMPARISON_HEADER = ['outcome', 'baseline', 'variant', 'difference (95% CI)', 'significant', 'adjusted (Holm)', 'for the seller', 'detectable'];

/** A comparison row's news for the seller (outcomeNews): good, bad, neutral, or noise when not flagged (the primary at 95%, the others Holm-adjusted). */
export function comparisonNews(o: OutcomeComparison): News {
  return newsOf(o.outcome, o.difference.estimate, o.flagged);
}

/** The news cell's words: "good news", "bad news", "neither good nor bad", "—" when not significant. */
export function newsCellText(news: News): string {
  return news === 'noise' ? '—' : newsText(news);
}

/** A p-value as reports print it: "p = 0.012", "p < 0.0001". */
export function pValueText(p: number): string {
  return p < 0.0001 ? 'p < 0.0001' : `p = ${p < 0.001 ? p.toFixed(4) : p.toFixed(3)}`;
}

/**
 * The "adjusted (Holm)" cell: the primary outcome is decided at 95% on its own ("primary"); another
 * outcome reads "yes"/"no" with its Holm-adjusted p-value when tested, "not tested" when the primary
 * did not change, "—" when neither arm had the outcome.
 */
export function adjustedCellText(o: OutcomeComparison, r: Pick<CompareReport, 'primary' | 'outcomes'>): string {
  if (o.outcome === r.primary) return 'primary';
  if (o.adjustedP !== null) return `${o.flagged ? 'yes' : 'no'} (${pValueText(o.adjustedP)})`;
  if (o.baseline.estimate === 0 && o.variant.estimate === 0) return '—';
  return 'not tested';
}

/**
 * One row of that table as text: the significance and news cells are the renderer's own (words
 * in Markdown, pills in HTML), so they are passed in. The primary outcome's label says so.
 */
export function outcomeComparisonCells<S>(
  o: OutcomeComparison,
  r: Pick<CompareReport, 'primary' | 'outcomes'>,
  significance: S,
  news: S,
): [string, string, string, string, S, string, S, string] {
  const label = `${outcomeLabel(o.outcome)}${o.outcome === r.primary ? ' (primary)' : ''}`;
  return [label, shareText(o.baseline), shareText(o.variant), differenceText(o.difference), significance, adjustedCellText(o, r), news, pointsSize(o.detectable)];
}
