import type { DelayCheck, ShareCheck, ValidationModel } from '../../generators/calibrate/ValidationModel.js';
import { count, percent } from '../render/format.js';
import { chartFigure } from '../render/html/chartFigure.js';
import { escapeHtml } from '../render/html/escapeHtml.js';
import { htmlPage } from '../render/html/htmlPage.js';
import { htmlTable } from '../render/html/htmlTable.js';
import { delayCheckChart, shareCheckChart, weeklyChart } from './validationCharts.js';
import { QUANTILES, checkSentence, durationUnit, inUnit, quantile, samplesText, sharesOf, validationLead, verdictMeaning } from './validationText.js';

/**
 * The validation report of `claimsim calibrate` as one self-contained HTML page (inline CSS and
 * SVG drawn here, no script, nothing fetched): observed against simulated outcome shares (grouped
 * bars), delay distributions (two cumulative step lines) and weekly arrivals, each check with its
 * test, statistic, threshold, p-value and verdict. Deterministic: the model in, the page out.
 */
export async function renderValidationHtml(model: ValidationModel): Promise<string> {
  const nav = [
    ...(model.shares.length ? [{ id: 'shares', label: 'Shares' }] : []),
    ...(model.delays.length ? [{ id: 'delays', label: 'Delays' }] : []),
    { id: 'weekly', label: 'Weekly arrivals' },
  ];
  const body = [
    '<p>Each check sets the log’s holdout (claims left out of the fit) beside a run of the fitted population through the same engine. A check passes when its statistic is below the threshold.</p>',
    ...(model.shares.length ? ['<section id="shares"><h2>Outcome shares and other mixes</h2>', ...(await Promise.all(model.shares.map(shareSection))), '</section>'] : []),
    ...(model.delays.length ? ['<section id="delays"><h2>Delays</h2>', ...(await Promise.all(model.delays.map(delaySection))), '</section>'] : []),
    await weeklySection(model),
  ].join('\n');
  return htmlPage(model.title, validationLead(model), nav, body);
}

function verdictBox(c: ShareCheck | DelayCheck): string {
  return `<div class="verdict ${c.verdict === 'pass' ? 'ok' : 'bad'}" data-verdict="${c.verdict}"><p><strong>${escapeHtml(checkSentence(c))}</strong></p>${escapeHtml(verdictMeaning(c))}</div>`;
}

function slug(what: string): string {
  return what.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'check';
}

async function shareSection(c: ShareCheck): Promise<string> {
  const [o, s] = [sharesOf(c.observed), sharesOf(c.simulated)];
  return [
    `<h3>${escapeHtml(c.what)}</h3>`,
    verdictBox(c),
    await chartFigure(`share-${slug(c.what)}`, shareCheckChart(c), 'Grey: the log’s holdout; blue: the fitted population’s run. Bars are shares of each side’s total.'),
    htmlTable(
      ['category', 'observed', 'observed share', 'simulated', 'simulated share'],
      c.categories.map((cat, i) => [cat, count(c.observed[i]!), percent(o[i]!), count(c.simulated[i]!), percent(s[i]!)]),
      { numeric: [1, 2, 3, 4], caption: `${c.what}: counts per category` },
    ),
  ].join('\n');
}

async function delaySection(c: DelayCheck): Promise<string> {
  const [per, unit] = durationUnit(c.observed.length ? c.observed : c.simulated);
  return [
    `<h3>${escapeHtml(c.what)}</h3>`,
    verdictBox(c),
    await chartFigure(`delay-${slug(c.what)}`, delayCheckChart(c), `Share of the ${c.what} at or below each value; grey: the log’s holdout, blue: the fitted population’s run (${samplesText(c)}).`),
    htmlTable(
      ['', ...QUANTILES.map((q) => `p${Math.round(q * 100)}`)],
      [
        ['observed', ...QUANTILES.map((q) => inUnit(quantile(c.observed, q), per))],
        ['simulated', ...QUANTILES.map((q) => inUnit(quantile(c.simulated, q), per))],
      ],
      { numeric: QUANTILES.map((_, i) => i + 1), caption: `${c.what}: quantiles in ${unit}` },
    ),
  ].join('\n');
}

async function weeklySection(m: ValidationModel): Promise<string> {
  const w = m.weekly;
  const total = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0);
  return [
    '<section id="weekly"><h2>Weekly arrivals</h2>',
    `<p>Claims opened per week (weeks from Monday, in the policy’s time zone): ${count(total(w.observed))} observed, ${count(total(w.simulated))} simulated over ${count(w.weeks.length)} weeks.</p>`,
    w.weeks.length === 0 ? '<p>No week to show.</p>' : await chartFigure('weekly-arrivals', weeklyChart(w), 'Grey: the log; blue: the fitted population’s run.'),
    htmlTable(['week', 'observed', 'simulated'], w.weeks.map((week, i) => [week, count(w.observed[i] ?? 0), count(w.simulated[i] ?? 0)]), { numeric: [1, 2], caption: 'claims opened per week' }),
    '</section>',
  ].join('\n');
}
