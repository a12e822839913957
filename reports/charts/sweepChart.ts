import type { TopLevelSpec } from 'vega-lite';
import type { FinalOutcome } from '../../engine/finalOutcomes.js';
import { outcomeLabel } from '../model/outcomeLabel.js';
import type { SweepReport } from '../model/SweepReport.js';
import { outcomeColorScale } from './outcomeColor.js';
import { parameterLabel, parameterValue } from '../model/parameterText.js';

/** The outcomes a sweep chart draws along `key` on the slice `at`: those any point of the slice saw (estimate above 0), in FINAL_OUTCOMES order. */
export function sweepChartOutcomes(r: SweepReport, at: Readonly<Record<string, number>>): FinalOutcome[] {
  const onSlice = r.points.filter((p) => Object.entries(at).every(([k, v]) => p.params[k] === v));
  const seen = new Set(onSlice.flatMap((p) => p.outcomes.filter((o) => o.share.estimate > 0).map((o) => o.outcome)));
  return r.points[0]?.outcomes.map((o) => o.outcome).filter((o) => seen.has(o)) ?? [];
}

/** A parameter's axis title: its label, with the unit when it has one ("answer window (days)"). */
export function parameterAxisTitle(key: string): string {
  return parameterValue(key, 2) === '2 days' ? `${parameterLabel(key)} (days)` : parameterLabel(key);
}

/**
 * Each outcome's share along one swept parameter, a small panel per outcome (each with its
 * own scale, so a small share's curve is as readable as a large one's): a line with its 95%
 * band. On a grid of several parameters the others are held at `at` (one slice). An outcome no
 * point of the slice saw gets no panel (an empty panel says nothing); the y labels carry as many
 * decimals as their step needs, so no two ticks read the same.
 */
export function sweepChart(r: SweepReport, key: string, at: Readonly<Record<string, number>>): TopLevelSpec {
  const onSlice = r.points.filter((p) => Object.entries(at).every(([k, v]) => p.params[k] === v));
  const order = sweepChartOutcomes(r, at);
  const shown = new Set(order);
  const values = onSlice.flatMap((p) =>
    p.outcomes.filter((o) => shown.has(o.outcome)).map((o) => ({ value: p.params[key]!, outcome: outcomeLabel(o.outcome), share: o.share.estimate, low: o.share.low, high: o.share.high })),
  );
  const where = Object.entries(at).map(([k, v]) => `${parameterLabel(k)} ${parameterValue(k, v)}`).join(', ');
  const x = { field: 'value', type: 'quantitative' as const, title: parameterAxisTitle(key), axis: { tickMinStep: 1, format: 'd' }, scale: { zero: false, nice: false } };
  const color = { field: 'outcome', type: 'nominal' as const, scale: outcomeColorScale(), legend: null };
  return {
    title: `Outcomes against the ${parameterLabel(key)}${where ? ` (${where})` : ''}, 95% bands`,
    data: { values },
    facet: { field: 'outcome', type: 'nominal', sort: order.map(outcomeLabel), title: null, header: { labelFontSize: 12, labelFontWeight: 'bold' } },
    columns: 3,
    spec: {
      width: 220,
      height: 130,
      layer: [
        { mark: { type: 'errorband', opacity: 0.25 }, encoding: { x, y: { field: 'low', type: 'quantitative', title: 'share of claims', axis: { format: '%', tickCount: 4 }, scale: { zero: false } }, y2: { field: 'high' }, color } },
        {
          mark: { type: 'line', point: true },
          encoding: { x, y: { field: 'share', type: 'quantitative' }, color, tooltip: [{ field: 'outcome' }, { field: 'value' }, { field: 'share', format: '.1%' }] },
        },
      ],
    },
    // Each panel its own x axis too: a shared one would also be drawn under the empty cells of a last row.
    resolve: { scale: { y: 'independent' }, axis: { x: 'independent' } },
  };
}
