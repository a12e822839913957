import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../../../engine/index.js';
import { renderChart } from '../../../reports/charts/renderChart.js';
import { sweepChart } from '../../../reports/charts/sweepChart.js';
import { buildSweepReport } from '../../../reports/model/buildSweepReport.js';
import { renderHtml } from '../../../reports/render/html/renderHtml.js';
import { sweepRun } from '../fixtures/sweepRun.js';

/** A sweep whose rare outcome moves between 0.05% and 0.2% of claims (the range that drew "0.1%, 0.1%, 0.1%"), and one outcome no claim ends in. */
const report = buildSweepReport({
  basePolicy: DEFAULT_POLICY,
  parameters: [{ key: 'responseWindowDays', values: [5, 6, 7, 8, 9] }],
  runs: [5, 6, 7, 8, 9].map((w) =>
    sweepRun(
      { responseWindowDays: w },
      [1, 2].map((seed) => ({ seed, outcomes: { lapsed: w - 4 + seed, withdrawnByTimeout: 400 - w * 20, onHoldAtEnd: 30, completedNormally: 3570 + w * 20 - (w - 4 + seed) } })),
    ),
  ),
});

/** Each panel's y-axis tick labels, in the drawn SVG. */
function yTicks(svg: string): string[][] {
  return svg
    .split('aria-label="Y-axis')
    .slice(1)
    .map((axis) => [.../class="mark-text role-axis-label"[^>]*>([^]*?)<\/g>/.exec(axis)![1]!.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]!));
}

describe('sweepChart', () => {
  it('draws distinct ticks on every panel, a panel per outcome seen and an x axis under each, no empty panel', async () => {
    const svg = await renderChart(sweepChart(report, 'responseWindowDays', {}));
    const ticks = yTicks(svg);
    // withdrawn by timeout, on hold, lapsed, completed: the outcome no claim ended in gets no panel.
    expect(ticks).toHaveLength(4);
    for (const t of ticks) {
      expect(t.length).toBeGreaterThan(1);
      expect(new Set(t).size, t.join(', ')).toBe(t.length);
    }
    expect(svg.split('aria-label="X-axis').length - 1).toBe(4);
    expect(svg).toContain("X-axis titled 'answer window (days)'");
  });

  it('the page names the outcomes left without a panel, and its grid table fits: each interval on its own line', async () => {
    const { html } = await renderHtml(report);
    expect(html).toMatch(/No claim ended [^<]*“awaiting the buyer at the end”[^<]*at any point drawn, so they have no panel/);
    expect(html).toMatch(/<table class="grid">/);
    expect(html).toMatch(/<td class="num">\d+\.\d%<br><span class="ci">\d+\.\d%–\d+\.\d%<\/span><\/td>/);
    expect(/<h1>([^<]*)<\/h1>/.exec(html)?.[1]).toBe('Parameter sweep — answer window: 5 to 9 days');
  });
});
