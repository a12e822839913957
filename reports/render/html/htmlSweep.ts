import { parameterAxisTitle, sweepChart, sweepChartOutcomes } from '../../charts/sweepChart.js';
import { outcomeLabel } from '../../model/outcomeLabel.js';
import { newsOf } from '../../model/outcomeNews.js';
import type { SweepReport } from '../../model/SweepReport.js';
import { differenceText } from '../format.js';
import { detectableText } from '../detectableText.js';
import { newsCellText } from '../outcomeComparisonCells.js';
import { parameterLabel, parameterValue, sweepRangeText } from '../../model/parameterText.js';
import { raw } from './Html.js';
import { htmlShareCell } from './htmlShareCell.js';
import { runSizeText, totalClaims } from '../runSizeText.js';
import { chartFigure } from './chartFigure.js';
import { escapeHtml } from './escapeHtml.js';
import { htmlTable } from './htmlTable.js';
import { htmlOutcomeLegend } from './htmlOutcomeLegend.js';
import { htmlCard } from '../card/htmlCard.js';
import { cardHeadline } from '../card/cardText.js';
import { sweepLeans } from '../card/reportCalibration.js';
import { leanText } from '../card/assumptionsLeanedOn.js';

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
    `<p>${escapeHtml(detectableText(r.detectable, totalClaims(r.claims), undefined, false))}</p>`,
    ...(r.calibration ? [`<p class="calibrated">${escapeHtml(cardHeadline(r.calibration))} The card is below.</p>`] : []),
  ];
  const idle = r.knobs.filter((x) => x.doesNothing);
  out.push(
    idle.length === 0
      ? '<div class="verdict ok">Every swept parameter moves at least one outcome beyond noise.</div>'
      : `<div class="verdict warn">${idle.map((x) => `${escapeHtml(parameterLabel(x.key))} (${escapeHtml(x.key)}): this knob does nothing here`).join('; ')} (no outcome changes beyond noise across its whole range).</div>`,
  );
  for (const knob of r.knobs) {
    const p = r.parameters.find((q) => q.key === knob.key)!;
    const at = referenceSlice(r, knob.key);
    const drawn = new Set(sweepChartOutcomes(r, at));
    const unseen = r.points[0]!.outcomes.map((o) => o.outcome).filter((o) => !drawn.has(o));
    out.push(`<h3>${escapeHtml(sweepRangeText(knob.key, p.values))} <code>${escapeHtml(knob.key)}</code></h3>`);
    for (const l of sweepLeans(r, knob.key)) out.push(`<div class="verdict warn assumption">This parameter ${escapeHtml(leanText(l))}.</div>`);
    out.push(
      await chartFigure(
        `sweep-${knob.key}`,
        sweepChart(r, knob.key, at),
        `Each outcome’s share as the ${parameterLabel(knob.key)} changes; bands are each point’s 95% interval. Whether an outcome moves is judged on the paired difference between points (the same seeds), which is tighter than the bands.` +
          (unseen.length > 0 ? ` No claim ended ${unseen.map((o) => `“${outcomeLabel(o)}”`).join(', ')} at any point drawn, so they have no panel.` : ''),
      ),
    );
    if (knob.doesNothing) out.push('<p><strong>This knob does nothing here</strong>: no outcome moves beyond noise anywhere on its range.</p>');
    else {
      out.push(
        htmlTable(
          ['outcome', 'from', 'to', 'difference (95% CI)', 'for the seller', 'other parameters'],
          knob.changes.map((c) => {
            const news = newsOf(c.outcome, c.difference.estimate, true);
            return [
              outcomeLabel(c.outcome),
              parameterValue(knob.key, c.from),
              parameterValue(knob.key, c.to),
              differenceText(c.difference),
              raw(`<span class="pill news-${news}">${escapeHtml(newsCellText(news))}</span>`),
              Object.entries(c.at).map(([a, b]) => `${parameterLabel(a)} ${parameterValue(a, b)}`).join(', ') || '—',
            ];
          }),
          { numeric: [1, 2, 3], caption: 'outcomes that move beyond noise (lowest → highest point); “for the seller”: what the move means for the seller who asked for the withdrawal' },
        ),
      );
    }
  }
  const shown = r.points[0]!.outcomes.map((o, i) => ({ o: o.outcome, i })).filter(({ i }) => r.points.some((p) => p.outcomes[i]!.share.estimate > 0));
  out.push(
    '<h3>Every grid point</h3>',
    htmlTable(
      [...r.parameters.map((p) => parameterAxisTitle(p.key)), ...shown.map(({ o }) => outcomeLabel(o))],
      r.points.map((p) => [...r.parameters.map((q) => String(p.params[q.key])), ...shown.map(({ i }) => htmlShareCell(p.outcomes[i]!.share))]),
      { numeric: [...r.parameters.map((_, i) => i), ...shown.map((_, i) => r.parameters.length + i)], caption: 'share of claims, its 95% interval below', className: 'grid' },
    ),
    ...(r.calibration ? [htmlCard(r.calibration)] : []),
    htmlOutcomeLegend(),
  );
  return out.join('\n');
}

