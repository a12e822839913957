import type { TopLevelSpec } from 'vega-lite';
import { outcomeLabel } from '../model/outcomeLabel.js';
import type { OutcomeShare } from '../model/SimulationReport.js';
import { outcomeColorScale } from './outcomeColor.js';

/** Outcome shares as bars with their 95% intervals as error bars. */
export function outcomeSharesChart(outcomes: readonly OutcomeShare[], title = 'How claims ended (share of claims, 95% CI)'): TopLevelSpec {
  const values = outcomes.map((o) => ({ outcome: outcomeLabel(o.outcome), share: o.share.estimate, low: o.share.low, high: o.share.high }));
  const y = { field: 'outcome', type: 'nominal' as const, sort: null, title: null, axis: { labelLimit: 0 } };
  return {
    title,
    width: 420,
    height: { step: 24 },
    data: { values },
    layer: [
      {
        mark: { type: 'bar' },
        encoding: {
          y,
          x: { field: 'share', type: 'quantitative', axis: { format: '.0%' }, title: 'share of claims' },
          color: { field: 'outcome', type: 'nominal', scale: outcomeColorScale(), legend: null },
          tooltip: [{ field: 'outcome' }, { field: 'share', format: '.1%' }, { field: 'low', format: '.1%' }, { field: 'high', format: '.1%' }],
        },
      },
      {
        mark: { type: 'rule', color: '#111827' },
        encoding: { y, x: { field: 'low', type: 'quantitative' }, x2: { field: 'high' } },
      },
      {
        mark: { type: 'text', align: 'left', dx: 4, fontSize: 11, color: '#374151' },
        encoding: { y, x: { field: 'high', type: 'quantitative' }, text: { field: 'share', type: 'quantitative', format: '.1%' } },
      },
    ],
  };
}
