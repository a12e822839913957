import type { DelayCheck, ShareCheck, ValidationModel } from '../../generators/calibrate/ValidationModel.js';
import { count, percent } from '../render/format.js';
import { mdTable } from '../render/markdown/mdTable.js';
import { QUANTILES, checkSentence, durationUnit, inUnit, quantile, samplesText, sharesOf, validationLead, verdictMeaning } from './validationText.js';

/**
 * The validation report of `claimsim calibrate` in Markdown: the same checks as the HTML page,
 * as tables (shares per category, delay quantiles, claims per week), each with its test,
 * statistic, threshold, p-value and verdict. Deterministic.
 */
export function renderValidationMarkdown(model: ValidationModel): string {
  const out = [
    `# ${model.title}`,
    '',
    `${validationLead(model)}.`,
    '',
    'Each check sets the log’s holdout (claims left out of the fit) beside a run of the fitted population through the same engine. A check passes when its statistic is below the threshold.',
    '',
  ];
  if (model.shares.length) out.push('## Outcome shares and other mixes', '', ...model.shares.flatMap(shareSection));
  if (model.delays.length) out.push('## Delays', '', ...model.delays.flatMap(delaySection));
  const w = model.weekly;
  out.push('## Weekly arrivals', '', 'Claims opened per week (weeks from Monday, in the policy’s time zone).', '');
  out.push(w.weeks.length === 0 ? 'No week to show.' : mdTable(['week', 'observed', 'simulated'], w.weeks.map((week, i) => [week, count(w.observed[i] ?? 0), count(w.simulated[i] ?? 0)]), [1, 2]), '');
  return out.join('\n');
}

function verdictLines(c: ShareCheck | DelayCheck): string[] {
  return [`**${checkSentence(c)}.** ${verdictMeaning(c)}`, ''];
}

function shareSection(c: ShareCheck): string[] {
  const [o, s] = [sharesOf(c.observed), sharesOf(c.simulated)];
  return [
    `### ${c.what}`,
    '',
    ...verdictLines(c),
    mdTable(
      ['category', 'observed', 'observed share', 'simulated', 'simulated share'],
      c.categories.map((cat, i) => [cat, count(c.observed[i]!), percent(o[i]!), count(c.simulated[i]!), percent(s[i]!)]),
      [1, 2, 3, 4],
    ),
    '',
  ];
}

function delaySection(c: DelayCheck): string[] {
  const [per, unit] = durationUnit(c.observed.length ? c.observed : c.simulated);
  return [
    `### ${c.what}`,
    '',
    ...verdictLines(c),
    `Quantiles in ${unit} (${samplesText(c)}):`,
    '',
    mdTable(
      ['', ...QUANTILES.map((q) => `p${Math.round(q * 100)}`)],
      [
        ['observed', ...QUANTILES.map((q) => inUnit(quantile(c.observed, q), per))],
        ['simulated', ...QUANTILES.map((q) => inUnit(quantile(c.simulated, q), per))],
      ],
      QUANTILES.map((_, i) => i + 1),
    ),
    '',
  ];
}
