import type { TopLevelSpec } from 'vega-lite';
import { renderChart } from '../../charts/renderChart.js';
import { escapeHtml } from './escapeHtml.js';

/** A chart drawn to inline SVG inside a figure (counted by `data-chart`), with a plain-language caption. */
export async function chartFigure(id: string, spec: TopLevelSpec, caption: string): Promise<string> {
  const svg = await renderChart(spec);
  return `<figure class="chart" data-chart="${escapeHtml(id)}">${svg}<figcaption>${escapeHtml(caption)}</figcaption></figure>`;
}
