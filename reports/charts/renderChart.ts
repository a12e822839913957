import { View, parse } from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';

/** The look shared by every chart: system fonts only (the report opens offline). */
const CONFIG = {
  font: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
  background: 'white',
  view: { stroke: null },
  axis: { labelFontSize: 11, titleFontSize: 12, gridColor: '#e5e7eb' },
  legend: { labelFontSize: 11, titleFontSize: 12 },
  title: { fontSize: 14, anchor: 'start', color: '#111827' },
} as const;

/**
 * Draws a Vega-Lite chart to an SVG string, in this process, with no browser and no network
 * (vega-lite `compile`, vega `View` with the `none` renderer). Pure: a spec in, markup out.
 */
export async function renderChart(spec: TopLevelSpec): Promise<string> {
  const full = { ...spec, config: { ...CONFIG, ...(spec.config ?? {}) } } as TopLevelSpec;
  const view = new View(parse(compile(full).spec), { renderer: 'none' });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}
