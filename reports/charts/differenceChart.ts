import type { TopLevelSpec } from 'vega-lite';
import type { OutcomeComparison } from '../model/CompareReport.js';
import { outcomeLabel } from '../model/outcomeLabel.js';
import { newsOf, newsText } from '../model/outcomeNews.js';

/** The colour of each reading: green good news, orange bad news, blue neither, grey within noise (never alarm red). */
const NEWS_SCALE = {
  domain: ['good news', 'bad news', 'neither good nor bad', 'within noise'],
  range: ['#16a34a', '#ea580c', '#2563eb', '#9ca3af'],
};

/**
 * Paired differences variant − baseline with their 95% intervals around zero; significant ones
 * stand out in the colour of what they mean for the seller (outcomeNews).
 */
export function differenceChart(outcomes: readonly OutcomeComparison[], title = 'Difference, variant − baseline (percentage points, 95% CI)'): TopLevelSpec {
  const values = outcomes.map((o) => ({
    outcome: outcomeLabel(o.outcome),
    difference: o.difference.estimate * 100,
    low: o.difference.low * 100,
    high: o.difference.high * 100,
    significance: newsText(newsOf(o.outcome, o.difference.estimate, o.significant)),
  }));
  const y = { field: 'outcome', type: 'nominal' as const, sort: null, title: null, axis: { labelLimit: 0 } };
  const color = { field: 'significance', type: 'nominal' as const, scale: NEWS_SCALE, title: null, legend: { orient: 'bottom' as const, columns: 2, labelLimit: 0 } };
  return {
    title,
    width: 300,
    height: { step: 24 },
    data: { values },
    layer: [
      { mark: { type: 'rule', color: '#6b7280', strokeDash: [4, 3] }, encoding: { x: { datum: 0, type: 'quantitative' } } },
      { mark: { type: 'rule', strokeWidth: 2 }, encoding: { y, x: { field: 'low', type: 'quantitative', title: 'percentage points', scale: { zero: true, nice: true, padding: 12 } }, x2: { field: 'high' }, color } },
      {
        mark: { type: 'point', filled: true, size: 60 },
        encoding: { y, x: { field: 'difference', type: 'quantitative' }, color, tooltip: [{ field: 'outcome' }, { field: 'difference', format: '+.2f' }, { field: 'low', format: '+.2f' }, { field: 'high', format: '+.2f' }] },
      },
    ],
  };
}
