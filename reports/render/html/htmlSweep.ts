import { sweepChart } from '../../charts/sweepChart.js';
import { outcomeLabel } from '../../model/outcomeLabel.js';
import type { SweepReport } from '../../model/SweepReport.js';
import { differenceText, shareText } from '../format.js';
import { detectableText } from '../detectableText.js';
import { runSizeText, totalClaims } from '../runSizeText.js';
import { chartFigure } from './chartFigure.js';
import { escapeHtml } from './escapeHtml.js';
import { htmlTable } from './htmlTable.js';
import { htmlOutcomeLegend } from './htmlOutcomeLegend.js';

/** For a chart along `key`, the other parameters at the grid value nearest the base policy's. */
export function referenceSlice(r: SweepReport, key: string): Record<string, number> {
  const at: Record<string, number> = {};
  for (const p of r.parameters) {
    if (p.key === key) continue;
    const base = r.basePolicy[p.key];
    const target = typeof base === 'number' ? base : p.values[0]!;
    at[p.key] = p.values.reduce((best, v) => (Math.abs(v - target) < Math.abs(best - target) ? v : best), p.values[0]!);
  }
  return at;
}

/** A sweep: which knobs move which outcomes (or do nothing here), a chart per parameter, the grid table. */
export async function htmlSweep(r: SweepReport): Promise<string> {
  const out = [
    `<p>${escapeHtml(r.population)}: ${escapeHtml(runSizeText(r.claims, r.seeds))} at each of ${r.points.length} grid points; the same seeds at every point, so the curves differ only by the policy.</p>`,
    `<p>${escapeHtml(detectableText(r.detectable, totalClaims(r.claims)))}</p>`,
  ];
  const idle = r.knobs.filter((x) => x.doesNothing);
  out.push(
    idle.length === 0
      ? '<div class="verdict ok">Every swept parameter moves at least one outcome beyond noise.</div>'
      : `<div class="verdict bad">${idle.map((x) => `${escapeHtml(x.key)}: this knob does nothing here`).join('; ')} (no outcome changes beyond noise across its whole range).</div>`,
  );
  for (const knob of r.knobs) {
    const p = r.parameters.find((q) => q.key === knob.key)!;
    out.push(`<h3>${escapeHtml(knob.key)} from ${p.values[0]} to ${p.values[p.values.length - 1]}</h3>`);
    out.push(await chartFigure(`sweep-${knob.key}`, sweepChart(r, knob.key, referenceSlice(r, knob.key)), `Each outcome’s share as ${knob.key} changes; bands are each point’s 95% interval. Whether an outcome moves is judged on the paired difference between points (the same seeds), which is tighter than the bands.`));
    if (knob.doesNothing) out.push('<p><strong>This knob does nothing here</strong>: no outcome moves beyond noise anywhere on its range.</p>');
    else {
      out.push(
        htmlTable(
          ['outcome', 'from', 'to', 'difference (95% CI)', 'other parameters'],
          knob.changes.map((c) => [outcomeLabel(c.outcome), String(c.from), String(c.to), differenceText(c.difference), Object.entries(c.at).map(([a, b]) => `${a} = ${b}`).join(', ') || '—']),
          { numeric: [1, 2, 3], caption: 'outcomes that move beyond noise (lowest → highest point)' },
        ),
      );
    }
  }
  const shown = r.points[0]!.outcomes.map((o, i) => ({ o: o.outcome, i })).filter(({ i }) => r.points.some((p) => p.outcomes[i]!.share.estimate > 0));
  out.push(
    '<h3>Every grid point</h3>',
    htmlTable(
      [...r.parameters.map((p) => p.key), ...shown.map(({ o }) => outcomeLabel(o))],
      r.points.map((p) => [...r.parameters.map((q) => String(p.params[q.key])), ...shown.map(({ i }) => shareText(p.outcomes[i]!.share))]),
      { numeric: [...r.parameters.map((_, i) => i), ...shown.map((_, i) => r.parameters.length + i)], caption: 'share of claims (95% CI)' },
    ),
    htmlOutcomeLegend(),
  );
  return out.join('\n');
}
