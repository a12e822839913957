import { compareSharesChart } from '../../charts/compareSharesChart.js';
import { differenceChart } from '../../charts/differenceChart.js';
import { timeToResolutionChart } from '../../charts/timeToResolutionChart.js';
import { counterLabel } from '../../model/counterLabel.js';
import type { CompareReport } from '../../model/CompareReport.js';
import { outcomeLabel } from '../../model/outcomeLabel.js';
import { ADJUSTED_MEANING, DETECTABLE_MEANING, SIGNIFICANT_MEANING, detectableText } from '../detectableText.js';
import { count, decimal, percent } from '../format.js';
import { OUTCOME_COMPARISON_HEADER, comparisonNews, newsCellText, outcomeComparisonCells } from '../outcomeComparisonCells.js';
import { runSizeText, totalClaims } from '../runSizeText.js';
import { armChangesText, pairingText, policyKeysText } from '../armChangesText.js';
import { NO_CHANGE_VERDICT, UNPAIRED_TRANSITIONS, aaVerdictText, compareVerdict, primaryVerdictText, untestedText } from '../compareVerdict.js';
import type { News } from '../../model/outcomeNews.js';
import { chartFigure } from './chartFigure.js';
import { escapeHtml } from './escapeHtml.js';
import { htmlCards } from './htmlCards.js';
import { htmlTable } from './htmlTable.js';
import { PARAMETER_DRAWS_HEADER, parameterDrawsIntro, parameterDrawsRows } from '../parameterDrawsText.js';
import { htmlTransitionTable } from './htmlTransitionTable.js';
import { htmlTransitionExamples } from './htmlTransitionExamples.js';
import { raw } from './Html.js';
import { htmlCompareCalibration } from '../card/reportCalibration.js';
import { htmlShareCell } from './htmlShareCell.js';
import { htmlOutcomeLegend } from './htmlOutcomeLegend.js';

/** What differs between the arms as a phrase: "answer window: 7 → 10 days" (and the population's values). */
export function changeText(r: CompareReport): string {
  return armChangesText(r);
}

/** A comparison: what changed significantly, both policies side by side, the differences, the per-claim transitions. */
export async function htmlCompare(r: CompareReport): Promise<string> {
  const k = r.seeds.length;
  const sig = r.outcomes.filter((o) => o.flagged);
  const lines = compareVerdict(r);
  // Not alarm red: a change is good or bad news only by what the outcome means for the seller.
  const verdict =
    lines.length === 0
      ? `<div class="verdict ok">${escapeHtml(NO_CHANGE_VERDICT)}</div>`
      : `<div class="verdict info"><p>Under the variant, beyond noise:</p><ul>${lines
          .map((l) => `<li><span class="pill news-${l.news}">${escapeHtml(l.heading)}</span> ${escapeHtml(l.changes.join('; '))}.</li>`)
          .join('')}</ul></div>`;
  const keys = policyKeysText(r);
  const t = r.transitions;
  const top = t.moves[0];
  const calibration = htmlCompareCalibration(r);
  const out = [
    `<p>${escapeHtml(r.population)}: ${escapeHtml(runSizeText(r.claims, r.seeds))}. ` +
      (r.variantPopulation === null && r.pairing === 'paired'
        ? 'Every claim draws the same behaviour under both policies (common random numbers), so a difference is the policy’s doing, not chance in the population.</p>'
        : `${escapeHtml(pairingText(r))}.</p>`),
    ...(r.aa ? [`<p class="verdict info">${escapeHtml(aaVerdictText(r))}</p>`] : []),
    `<p>${escapeHtml(primaryVerdictText(r))}</p>`,
    verdict,
    ...(untestedText(r) ? [`<p>${escapeHtml(untestedText(r)!)}</p>`] : []),
    ...(calibration.beside ? [calibration.beside] : []),
    `<p>${escapeHtml(detectableText(r.detectable, totalClaims(r.claims), r.clusters))}</p>`,
    htmlCards([
      { value: changeText(r), label: `${r.variantPopulation === null ? 'policy change' : 'what differs'}${keys ? ` (${keys})` : ''}`, small: true, wide: true },
      { value: `${sig.length} of ${r.outcomes.length}`, label: 'outcomes flagged (primary at 95%, the others Holm-adjusted)' },
      { value: percent(t.claims > 0 ? t.changed / t.claims : 0), label: 'claims that ended differently' },
      ...(top ? [{ value: count(top.claims), label: `claims went from “${outcomeLabel(top.from)}” to “${outcomeLabel(top.to)}”` }] : []),
    ]),
    '<h3>Outcomes under each policy</h3>',
    '<div class="side-by-side">',
    await chartFigure('compare-shares', compareSharesChart(r.outcomes), 'Grey: baseline; blue: variant. Lines are 95% intervals.'),
    await chartFigure(
      'compare-difference',
      differenceChart(r.outcomes),
      `Paired difference variant − baseline over the per-claim pairs of ${k === 1 ? 'the replication' : `all ${k} replications`}. Where its 95% interval (robust to clustering by seller) excludes 0, the colour says what the change means for the seller: green good news, orange bad news, blue neither; grey within noise.`,
    ),
    '</div>',
    htmlTable(
      OUTCOME_COMPARISON_HEADER,
      r.outcomes.map((o) => {
        const [label, , , difference, significance, adjusted, news, detectable] = outcomeComparisonCells(o, r, significancePill(o.significant), newsPill(comparisonNews(o)));
        return [label, htmlShareCell(o.baseline), htmlShareCell(o.variant), difference, significance, adjusted, news, detectable];
      }),
      { numeric: [1, 2, 3, 7], className: 'outcomes' },
    ),
    `<p class="note">${escapeHtml(ADJUSTED_MEANING)}</p>`,
    ...(r.parameterDraws
      ? [
          '<h3>Parameter uncertainty</h3>',
          `<p>${escapeHtml(parameterDrawsIntro(r.parameterDraws))}</p>`,
          htmlTable(PARAMETER_DRAWS_HEADER, parameterDrawsRows(r, r.parameterDraws), { numeric: [1, 2, 3] }),
        ]
      : []),
    `<p class="note">${escapeHtml(SIGNIFICANT_MEANING)} “for the seller”: what a significant change means for the seller who asked for the withdrawal (more acceptances are good news; more rejections, lapses and given-up requests bad news; silent withdrawals and claims still open at the end neither). ${escapeHtml(DETECTABLE_MEANING)}</p>`,
    '<h3>Where each claim went</h3>',
    `<p>${r.pairing === 'unpaired' ? `${escapeHtml(UNPAIRED_TRANSITIONS)} ` : 'The same claim under the two policies. '}${t.moves
      .slice(0, 3)
      .map((m) => `${count(m.claims)} claims went from “${escapeHtml(outcomeLabel(m.from))}” to “${escapeHtml(outcomeLabel(m.to))}”`)
      .join('; ')}${t.moves.length > 0 ? '.' : 'No claim changed its outcome.'}</p>`,
    htmlTransitionTable(t),
    htmlTransitionExamples(t.examples ?? [], t),
    '<h3>Time to resolution under each policy</h3>',
    '<div class="side-by-side">',
    ...(await Promise.all(
      (['baseline', 'variant'] as const).map((side) => {
        const ttr = r[side].timeToResolution;
        if (ttr.length === 0) return `<p>No claim was resolved under the ${side}.</p>`;
        const name = side === 'baseline' ? 'Baseline' : 'Variant';
        return chartFigure(`ttr-${side}`, timeToResolutionChart(ttr, `${name}: days from receipt to resolution`, 260), `${name} policy.`);
      }),
    )),
    '</div>',
    '<h3>Counters per claim</h3>',
    htmlTable(
      ['counter', 'baseline', 'variant', 'difference (95% CI)', 'significant'],
      r.counters.map((c) => [
        counterLabel(c.name),
        decimal(c.baseline),
        decimal(c.variant),
        c.difference.method === 'none' ? decimal(c.difference.estimate, 4) : `${decimal(c.difference.estimate, 4)} [${decimal(c.difference.low, 4)}, ${decimal(c.difference.high, 4)}]`,
        significancePill(c.significant),
      ]),
      { numeric: [1, 2, 3] },
    ),
    ...(calibration.cards ? [calibration.cards] : []),
    htmlOutcomeLegend(),
  ];
  return out.join('\n');
}

/** The table cell saying whether a difference is beyond noise: a plain mark, the news cell carries the colour. */
function significancePill(significant: boolean) {
  return raw(significant ? '<span class="pill significant">yes</span>' : '<span class="pill noise">no</span>');
}

/** The table cell saying what a significant change means for the seller. */
function newsPill(news: News) {
  return raw(news === 'noise' ? '<span class="pill noise">—</span>' : `<span class="pill news-${news}">${escapeHtml(newsCellText(news))}</span>`);
}
