import type { OutcomeComparison } from '../model/CompareReport.js';
import { outcomeLabel } from '../model/outcomeLabel.js';
import { differenceText, pointsSize, shareText } from './format.js';

/** The header of a comparison's outcome table, Markdown and HTML alike. */
export const OUTCOME_COMPARISON_HEADER = ['outcome', 'baseline', 'variant', 'difference (95% CI)', 'significant', 'detectable'];

/**
 * One row of that table as text: the significance cell is the renderer's own (a word in
 * Markdown, a pill in HTML), so it is passed in.
 */
export function outcomeComparisonCells<S>(o: OutcomeComparison, significance: S): [string, string, string, string, S, string] {
  return [outcomeLabel(o.outcome), shareText(o.baseline), shareText(o.variant), differenceText(o.difference), significance, pointsSize(o.detectable)];
}
