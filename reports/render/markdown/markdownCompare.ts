import { counterLabel } from '../../model/counterLabel.js';
import type { CompareReport } from '../../model/CompareReport.js';
import { outcomeLabel } from '../../model/outcomeLabel.js';
import { ADJUSTED_MEANING, SIGNIFICANT_MEANING, detectableText } from '../detectableText.js';
import { count, decimal, percent } from '../format.js';
import { OUTCOME_COMPARISON_HEADER, comparisonNews, newsCellText, outcomeComparisonCells } from '../outcomeComparisonCells.js';
import { armChangesText, pairingText, policyKeysText, populationChangeText, populationValueText } from '../armChangesText.js';
import { NO_CHANGE_VERDICT, UNPAIRED_TRANSITIONS, aaVerdictText, compareVerdict, primaryVerdictText, untestedText } from '../compareVerdict.js';
import { mdTable } from './mdTable.js';
import { PARAMETER_DRAWS_HEADER, parameterDrawsIntro, parameterDrawsRows } from '../parameterDrawsText.js';
import { runSizeText, totalClaims } from '../runSizeText.js';
import { markdownOutcomeLegend } from './markdownOutcomeLegend.js';
import { markdownCompareCalibration } from '../card/reportCalibration.js';

/** The outcome table of a comparison: baseline, variant, paired difference with its 95% interval, significance, news for the seller, detectable effect. */
export function markdownCompareTable(r: CompareReport): string {
  return mdTable(
    OUTCOME_COMPARISON_HEADER,
    r.outcomes.map((o) => outcomeComparisonCells(o, r, o.significant ? 'yes' : 'no', newsCellText(comparisonNews(o)))),
    [1, 2, 3, 7],
  );
}

/** The per-claim transition table: rows are the baseline's outcome, columns the variant's. */
export function markdownTransitions(r: CompareReport): string {
  const t = r.transitions;
  const used = t.outcomes.map((_, i) => t.counts[i]!.some((n) => n > 0) || t.counts.some((row) => row[i]! > 0));
  const idx = t.outcomes.map((_, i) => i).filter((i) => used[i]);
  return mdTable(
    ['baseline ↓ / variant →', ...idx.map((i) => outcomeLabel(t.outcomes[i]!))],
    idx.map((b) => [outcomeLabel(t.outcomes[b]!), ...idx.map((v) => (b === v ? `(${count(t.counts[b]![v]!)})` : count(t.counts[b]![v]!)))]),
    idx.map((_, i) => i + 1),
  );
}

/** A comparison in Markdown (for CI comments and the console). */
export function markdownCompare(r: CompareReport, heading = '##'): string {
  const k = r.seeds.length;
  const change = armChangesText(r);
  const keys = policyKeysText(r);
  const t = r.transitions;
  const verdict = compareVerdict(r);
  const calibration = markdownCompareCalibration(r, heading);
  const out = [
    `${heading} ${r.variantPopulation === null ? 'Policy comparison' : 'Comparison'} — ${change}`,
    '',
    ...(keys ? [`Policy keys: ${keys}.`, ''] : []),
    `${r.population}: ${runSizeText(r.claims, r.seeds)}, ` +
      `${pairingText(r)}. ` +
      `Differences are variant − baseline in percentage points over ${r.pairing === 'paired' ? 'the per-claim pairs of' : 'the claims of'} ${k === 1 ? 'the replication' : `all ${k} replications`}, ` +
      `with 95% score intervals robust to clustering by seller. ${SIGNIFICANT_MEANING} “for the seller”: what a flagged change means for the seller who asked for the withdrawal (docs/reports.md).`,
    '',
    detectableText(r.detectable, totalClaims(r.claims), r.clusters),
    '',
    ...(r.aa ? [aaVerdictText(r), ''] : []),
    primaryVerdictText(r),
    '',
    ...(verdict.length === 0 ? [NO_CHANGE_VERDICT] : verdict.map((l) => `- **${l.heading}**: ${l.changes.join('; ')}.`)),
    ...(untestedText(r) ? ['', untestedText(r)!] : []),
    '',
    ...calibration.beside,
    ...(r.populationChanges.length === 0
      ? []
      : [
          `${heading}# What differs in the population`,
          '',
          mdTable(['path', 'baseline', 'variant'], r.populationChanges.map((c) => [c.path, populationValueText(c.baseline), populationValueText(c.variant)]), []),
          '',
          ...r.populationChanges.filter((c) => c.order).map((c) => `${populationChangeText(c)}.`),
          ...(r.populationChanges.some((c) => c.order) ? [''] : []),
        ]),
    markdownCompareTable(r),
    '',
    ADJUSTED_MEANING,
    '',
    ...(r.parameterDraws
      ? [`${heading}# Parameter uncertainty`, '', parameterDrawsIntro(r.parameterDraws), '', mdTable(PARAMETER_DRAWS_HEADER, parameterDrawsRows(r, r.parameterDraws), [1, 2, 3]), '']
      : []),
    `${heading}# Per-claim transitions`,
    '',
    `${count(t.changed)} of ${count(t.claims)} claims (${percent(t.claims > 0 ? t.changed / t.claims : 0)}) ended differently under the variant.` +
      (r.pairing === 'unpaired' ? ` ${UNPAIRED_TRANSITIONS}` : ''),
    ...t.moves.slice(0, 5).map((m) => `- ${count(m.claims)} went from “${outcomeLabel(m.from)}” to “${outcomeLabel(m.to)}”`),
    '',
    markdownTransitions(r),
    '',
    `${heading}# Counters per claim`,
    '',
    mdTable(
      ['counter', 'baseline', 'variant', 'difference (95% CI)', 'significant'],
      r.counters.map((c) => {
        const d = c.difference;
        const ci = d.method === 'none' ? decimal(d.estimate, 4) : `${decimal(d.estimate, 4)} [${decimal(d.low, 4)}, ${decimal(d.high, 4)}]`;
        return [counterLabel(c.name), decimal(c.baseline), decimal(c.variant), ci, c.significant ? 'yes' : 'no'];
      }),
      [1, 2, 3],
    ),
    '',
    ...calibration.cards,
    markdownOutcomeLegend(),
    '',
  ];
  return out.join('\n');
}
