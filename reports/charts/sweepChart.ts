import type { TopLevelSpec } from 'vega-lite';
import { outcomeLabel } from '../model/outcomeLabel.js';
import type { SweepReport } from '../model/SweepReport.js';
import { outcomeColorScale } from './outcomeColor.js';

/**
 * Each outcome's share along one swept parameter, a line with its 95% band. On a grid of
 * several parameters the others are held at `at` (one slice).
 */
export function sweepChart(r: SweepReport, key: string, at: Readonly<Record<string, number>>): TopLevelSpec {
  const onSlice = r.points.filter((p) => Object.entries(at).every(([k, v]) => p.params[k] === v));
  const shown = new Set(onSlice.flatMap((p) => p.outcomes.filter((o) => o.share.estimate > 0 || o.share.high > 0).map((o) => o.outcome)));
  const values = onSlice.flatMap((p) =>
    p.outcomes.filter((o) => shown.has(o.outcome)).map((o) => ({ value: p.params[key]!, outcome: outcomeLabel(o.outcome), share: o.share.estimate, low: o.share.low, high: o.share.high })),
  );
  const where = Object.entries(at).map(([k, v]) => `${k} = ${v}`).join(', ');
  const x = { field: 'value', type: 'quantitative' as const, title: key, axis: { tickMinStep: 1 } };
  const color = { field: 'outcome', type: 'nominal' as const, scale: outcomeColorScale(), title: null, legend: { orient: 'right' as const } };
  return {
    title: `Outcomes against ${key}${where ? ` (${where})` : ''}, 95% bands`,
    width: 460,
    height: 240,
    data: { values },
    layer: [
      { mark: { type: 'errorband', opacity: 0.25 }, encoding: { x, y: { field: 'low', type: 'quantitative', title: 'share of claims', axis: { format: '.0%' } }, y2: { field: 'high' }, color } },
      {
        mark: { type: 'line', point: true },
        encoding: { x, y: { field: 'share', type: 'quantitative' }, color, tooltip: [{ field: 'outcome' }, { field: 'value' }, { field: 'share', format: '.1%' }] },
      },
    ],
  };
}
