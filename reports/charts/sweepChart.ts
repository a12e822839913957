import type { TopLevelSpec } from 'vega-lite';
import { outcomeLabel } from '../model/outcomeLabel.js';
import type { SweepReport } from '../model/SweepReport.js';
import { outcomeColorScale } from './outcomeColor.js';

/**
 * Each outcome's share along one swept parameter, a small panel per outcome (each with its
 * own scale, so a small share's curve is as readable as a large one's): a line with its 95%
 * band. On a grid of several parameters the others are held at `at` (one slice).
 */
export function sweepChart(r: SweepReport, key: string, at: Readonly<Record<string, number>>): TopLevelSpec {
  const onSlice = r.points.filter((p) => Object.entries(at).every(([k, v]) => p.params[k] === v));
  const shown = new Set(onSlice.flatMap((p) => p.outcomes.filter((o) => o.share.high > 0).map((o) => o.outcome)));
  const order = r.points[0]?.outcomes.map((o) => o.outcome).filter((o) => shown.has(o)) ?? [];
  const values = onSlice.flatMap((p) =>
    p.outcomes.filter((o) => shown.has(o.outcome)).map((o) => ({ value: p.params[key]!, outcome: outcomeLabel(o.outcome), share: o.share.estimate, low: o.share.low, high: o.share.high })),
  );
  const where = Object.entries(at).map(([k, v]) => `${k} = ${v}`).join(', ');
  const x = { field: 'value', type: 'quantitative' as const, title: key, axis: { tickMinStep: 1 }, scale: { zero: false, nice: false } };
  const color = { field: 'outcome', type: 'nominal' as const, scale: outcomeColorScale(), legend: null };
  return {
    title: `Outcomes against ${key}${where ? ` (${where})` : ''}, 95% bands`,
    data: { values },
    facet: { field: 'outcome', type: 'nominal', sort: order.map(outcomeLabel), title: null, header: { labelFontSize: 12, labelFontWeight: 'bold' } },
    columns: 3,
    spec: {
      width: 220,
      height: 130,
      layer: [
        { mark: { type: 'errorband', opacity: 0.25 }, encoding: { x, y: { field: 'low', type: 'quantitative', title: 'share of claims', axis: { format: '.1%', tickCount: 4 }, scale: { zero: false } }, y2: { field: 'high' }, color } },
        {
          mark: { type: 'line', point: true },
          encoding: { x, y: { field: 'share', type: 'quantitative' }, color, tooltip: [{ field: 'outcome' }, { field: 'value' }, { field: 'share', format: '.1%' }] },
        },
      ],
    },
    resolve: { scale: { y: 'independent' } },
  };
}
