import type { OutcomeComparison } from '../model/CompareReport.js';
import { outcomeLabel } from '../model/outcomeLabel.js';
import { type News, newsOf, newsText } from '../model/outcomeNews.js';
import { differenceText, pointsSize, shareText } from './format.js';

/** The header of a comparison's outcome table, Markdown and HTML alike. */
export const OUTCOME_COMPARISON_HEADER = ['outcome', 'baseline', 'variant', 'difference (95% CI)', 'significant', 'for the seller', 'detectable'];

/** A comparison row's news for the seller (outcomeNews): good, bad, neutral, or noise when not significant. */
export function comparisonNews(o: OutcomeComparison): News {
  return newsOf(o.outcome, o.difference.estimate, o.significant);
}

/** The news cell's words: "good news", "bad news", "neither good nor bad", "—" when not significant. */
export function newsCellText(news: News): string {
  return news === 'noise' ? '—' : newsText(news);
}

/**
 * One row of that table as text: the significance and news cells are the renderer's own (words
 * in Markdown, pills in HTML), so they are passed in.
 */
export function outcomeComparisonCells<S>(o: OutcomeComparison, significance: S, news: S): [string, string, string, string, S, S, string] {
  return [outcomeLabel(o.outcome), shareText(o.baseline), shareText(o.variant), differenceText(o.difference), significance, news, pointsSize(o.detectable)];
}
