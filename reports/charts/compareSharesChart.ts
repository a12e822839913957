import type { TopLevelSpec } from 'vega-lite';
import type { OutcomeComparison } from '../model/CompareReport.js';
import { outcomeLabel } from '../model/outcomeLabel.js';

/** Baseline and variant shares side by side for each outcome, with their 95% intervals. */
export function compareSharesChart(outcomes: readonly OutcomeComparison[], title = 'Share of claims: baseline and variant (95% CI)'): TopLevelSpec {
  const values = outcomes.flatMap((o) => [
    { outcome: outcomeLabel(o.outcome), policy: 'baseline', share: o.baseline.estimate, low: o.baseline.low, high: o.baseline.high },
    { outcome: outcomeLabel(o.outcome), policy: 'variant', share: o.variant.estimate, low: o.variant.low, high: o.variant.high },
  ]);
  const y = { field: 'outcome', type: 'nominal' as const, sort: null, title: null, axis: { labelLimit: 0 } };
  const yOffset = { field: 'policy', type: 'nominal' as const, sort: ['baseline', 'variant'] };
  return {
    title,
    width: 300,
    height: { step: 12 },
    data: { values },
    layer: [
      {
        mark: { type: 'bar' },
        encoding: {
          y,
          yOffset,
          x: { field: 'share', type: 'quantitative', axis: { format: '.0%' }, title: 'share of claims' },
          color: { field: 'policy', type: 'nominal', scale: { domain: ['baseline', 'variant'], range: ['#9ca3af', '#2563eb'] }, title: null, legend: { orient: 'bottom' } },
          tooltip: [{ field: 'outcome' }, { field: 'policy' }, { field: 'share', format: '.1%' }],
        },
      },
      {
        mark: { type: 'rule', color: '#111827' },
        encoding: { y, yOffset, x: { field: 'low', type: 'quantitative' }, x2: { field: 'high' } },
      },
    ],
  };
}
