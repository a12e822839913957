import type { TopLevelSpec } from 'vega-lite';
import { outcomeLabel } from '../model/outcomeLabel.js';
import type { SimulationReport } from '../model/SimulationReport.js';
import { dayBins } from './dayBins.js';
import { outcomeColorScale } from './outcomeColor.js';

/** Histograms of days from receipt to resolution, one row per outcome (each with its own count axis). */
export function timeToResolutionChart(ttr: SimulationReport['timeToResolution'], title = 'Days from receipt to resolution', width = 420): TopLevelSpec {
  const values = ttr.flatMap((t) => dayBins(t.days).map((b) => ({ outcome: outcomeLabel(t.outcome), ...b })));
  return {
    title,
    data: { values },
    facet: { row: { field: 'outcome', type: 'nominal', sort: ttr.map((t) => outcomeLabel(t.outcome)), title: null, header: { labelAngle: 0, labelAlign: 'left', labelFontSize: 11 } } },
    spec: {
      width,
      height: 60,
      mark: { type: 'bar' },
      encoding: {
        x: { field: 'from', type: 'quantitative', bin: { binned: true }, title: 'days from receipt' },
        x2: { field: 'to' },
        y: { field: 'claims', type: 'quantitative', title: 'claims', axis: { tickCount: 3 } },
        color: { field: 'outcome', type: 'nominal', scale: outcomeColorScale(), legend: null },
        tooltip: [{ field: 'outcome' }, { field: 'from' }, { field: 'to' }, { field: 'claims' }],
      },
    },
    resolve: { scale: { y: 'independent' } },
  };
}
