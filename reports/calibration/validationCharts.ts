import type { TopLevelSpec } from 'vega-lite';
import type { DelayCheck, ShareCheck, WeeklyArrivals } from '../../generators/calibrate/ValidationModel.js';
import { durationUnit, sharesOf } from './validationText.js';

const SOURCE_COLOURS = { domain: ['observed', 'simulated'], range: ['#6b7280', '#2563eb'] };
const color = { field: 'source', type: 'nominal' as const, scale: SOURCE_COLOURS, title: null, legend: { orient: 'bottom' as const } };

/** A categorical mix: observed (the log's holdout) and simulated shares side by side per category. */
export function shareCheckChart(c: ShareCheck): TopLevelSpec {
  const [o, s] = [sharesOf(c.observed), sharesOf(c.simulated)];
  const values = c.categories.flatMap((category, i) => [
    { category, source: 'observed', share: o[i]!, count: c.observed[i]! },
    { category, source: 'simulated', share: s[i]!, count: c.simulated[i]! },
  ]);
  return {
    title: `${c.what}: observed and simulated shares`,
    width: 320,
    height: { step: 12 },
    data: { values },
    mark: { type: 'bar' },
    encoding: {
      y: { field: 'category', type: 'nominal', sort: null, title: null, axis: { labelLimit: 0 } },
      yOffset: { field: 'source', type: 'nominal', sort: ['observed', 'simulated'] },
      x: { field: 'share', type: 'quantitative', axis: { format: '.0%' }, title: 'share' },
      color,
      tooltip: [{ field: 'category' }, { field: 'source' }, { field: 'count', format: ',' }, { field: 'share', format: '.1%' }],
    },
  };
}

/** A duration distribution: the observed and simulated empirical cumulative distributions as step lines. */
export function delayCheckChart(c: DelayCheck): TopLevelSpec {
  const [per, unit] = durationUnit(c.observed.length ? c.observed : c.simulated);
  const ecdf = (source: string, xs: readonly number[]) => xs.map((x, i) => ({ source, value: x / per, fraction: (i + 1) / xs.length }));
  return {
    title: `${c.what}: cumulative distribution`,
    width: 360,
    height: 200,
    data: { values: [...ecdf('observed', c.observed), ...ecdf('simulated', c.simulated)] },
    mark: { type: 'line', interpolate: 'step-after' },
    encoding: {
      // Delays have long right tails: a symmetric log scale keeps the body readable and 0 on the axis.
      x: { field: 'value', type: 'quantitative', title: `${unit} (log scale)`, scale: { type: 'symlog' } },
      y: { field: 'fraction', type: 'quantitative', axis: { format: '.0%' }, title: 'share at or below', scale: { domain: [0, 1] } },
      color,
    },
  };
}

/** Claims opened per week: observed and simulated lines. */
export function weeklyChart(w: WeeklyArrivals): TopLevelSpec {
  const values = w.weeks.flatMap((week, i) => [
    { week, source: 'observed', claims: w.observed[i] ?? 0 },
    { week, source: 'simulated', claims: w.simulated[i] ?? 0 },
  ]);
  return {
    title: 'Claims opened per week',
    width: 420,
    height: 180,
    data: { values },
    mark: { type: 'line', point: true },
    encoding: {
      x: { field: 'week', type: 'ordinal', sort: null, title: 'week (Monday)', axis: { labelAngle: -45 } },
      y: { field: 'claims', type: 'quantitative', title: 'claims opened' },
      color,
    },
  };
}
