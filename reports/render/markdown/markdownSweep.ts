import { outcomeLabel } from '../../model/outcomeLabel.js';
import type { SweepReport } from '../../model/SweepReport.js';
import { differenceText, shareText } from '../format.js';
import { mdTable } from './mdTable.js';
import { detectableText } from '../detectableText.js';
import { sweepRangeText } from '../../model/parameterText.js';
import { runSizeText, totalClaims } from '../runSizeText.js';
import { markdownOutcomeLegend } from './markdownOutcomeLegend.js';
import { markdownCard } from '../card/markdownCard.js';
import { cardHeadline } from '../card/cardText.js';
import { sweepLeanSuffix } from '../card/reportCalibration.js';

/** A parameter sweep in Markdown: what each knob does (or that it does nothing here), and the grid's shares. */
export function markdownSweep(r: SweepReport, heading = '##'): string {
  const out = [
    `${heading} Parameter sweep — ${r.parameters.map((p) => sweepRangeText(p.key, p.values)).join('; ')}`,
    '',
    `Policy keys: ${r.parameters.map((p) => `${p.key} ${p.values[0]}..${p.values[p.values.length - 1]}`).join(', ')}.`,
    '',
    `${r.population}: ${runSizeText(r.claims, r.seeds)} at each of ${r.points.length} grid points, the same seeds at every point. ` +
      'An outcome moves beyond noise when the 95% interval of its difference between the lowest and the highest point, over the per-claim pairs and robust to clustering by seller, excludes 0.',
    '',
    detectableText(r.detectable, totalClaims(r.claims), undefined, false),
    '',
    ...(r.calibration ? [`${cardHeadline(r.calibration)} The card is below.`, ''] : []),
  ];
  for (const knob of r.knobs) {
    if (knob.doesNothing) out.push(`- **${knob.key}: this knob does nothing here**: no outcome changes beyond noise across its whole range.${sweepLeanSuffix(r, knob.key)}`);
    else {
      // The largest move of each outcome over the slices, the three largest outcomes first.
      const largest = new Map<string, (typeof knob.changes)[number]>();
      for (const c of knob.changes) {
        const seen = largest.get(c.outcome);
        if (!seen || Math.abs(c.difference.estimate) > Math.abs(seen.difference.estimate)) largest.set(c.outcome, c);
      }
      const top = [...largest.values()].sort((a, b) => Math.abs(b.difference.estimate) - Math.abs(a.difference.estimate)).slice(0, 3);
      const where = (c: (typeof top)[number]) => Object.entries(c.at).map(([k, v]) => `, ${k} = ${v}`).join('');
      out.push(`- **${knob.key}** moves ${largest.size} outcome(s), most: ${top.map((c) => `${outcomeLabel(c.outcome)} ${differenceText(c.difference)} from ${c.from} to ${c.to}${where(c)}`).join('; ')}.${sweepLeanSuffix(r, knob.key)}`);
    }
  }
  const shown = r.points[0]!.outcomes.map((o, i) => ({ o: o.outcome, i })).filter(({ i }) => r.points.some((p) => p.outcomes[i]!.share.estimate > 0));
  out.push(
    '',
    `${heading}# Shares at each grid point (95% CI)`,
    '',
    mdTable(
      [...r.parameters.map((p) => p.key), ...shown.map(({ o }) => outcomeLabel(o))],
      r.points.map((p) => [...r.parameters.map((q) => String(p.params[q.key])), ...shown.map(({ i }) => shareText(p.outcomes[i]!.share))]),
      r.parameters.map((_, i) => i),
    ),
    '',
    ...(r.calibration ? [markdownCard(r.calibration, `${heading}#`)] : []),
    markdownOutcomeLegend(),
    '',
  );
  return out.join('\n');
}
