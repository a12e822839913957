import { describe, expect, it } from 'vitest';
import type { ValidationModel } from '../../generators/calibrate/ValidationModel.js';
import { renderValidationHtml } from '../../reports/calibration/renderValidationHtml.js';
import { renderValidationMarkdown } from '../../reports/calibration/renderValidationMarkdown.js';

const HOUR = 3_600_000;
/** Sorted hours 1 … n, times `scale`. */
const hours = (n: number, scale = 1) => Array.from({ length: n }, (_, i) => (i + 1) * HOUR * scale);

const MODEL: ValidationModel = {
  title: 'Calibration of claims.ndjson',
  seed: 42,
  shares: [
    {
      what: 'outcome shares',
      categories: ['withdrawnByAcceptance', 'withdrawnByTimeout', 'onHoldAtEnd'],
      observed: [600, 300, 100],
      simulated: [1150, 650, 200],
      test: 'chi-square',
      statistic: 3.21,
      threshold: 5.991,
      pValue: 0.2009,
      verdict: 'pass',
    },
  ],
  delays: [
    { what: 'accept delay', unit: 'ms', observed: hours(40), simulated: hours(40, 3), test: 'ks', statistic: 0.5, threshold: 0.304, pValue: 0.00002, verdict: 'fail' },
  ],
  weekly: { weeks: ['2024-04-01', '2024-04-08', '2024-04-15'], observed: [310, 352, 338], simulated: [1005, 990, 1010] },
};

describe('the calibration validation report', () => {
  it('in HTML: one page without script, a chart per check and the weekly arrivals, each check with its figures and verdict', async () => {
    const html = await renderValidationHtml(MODEL);
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/(src|href)="https?:/);
    expect(html).toContain('<title>Calibration of claims.ndjson</title>');
    // Two checks and the weekly arrivals: three figures, each an inline SVG.
    expect(html.match(/<figure class="chart"/g)).toHaveLength(3);
    expect(html.match(/<figure class="chart"[^>]*><svg/g)).toHaveLength(3);
    expect(html).toContain('data-chart="share-outcome-shares"');
    expect(html).toContain('data-chart="delay-accept-delay"');
    expect(html).toContain('data-chart="weekly-arrivals"');
    expect(html).toContain('1 of 2 checks passed; failed: accept delay (the simulated run&#39;s seed: 42)');
    expect(html).toContain('chi-square statistic 3.210 against the threshold 5.991 (p-value 0.201): pass');
    expect(html).toContain('Kolmogorov–Smirnov statistic 0.500 against the threshold 0.304 (p-value &lt; 0.001): FAIL');
    expect(html.match(/data-verdict="pass"/g)).toHaveLength(1);
    expect(html.match(/data-verdict="fail"/g)).toHaveLength(1);
    // Shares of each side's own total: 600 of 1,000 and 1,150 of 2,000.
    expect(html).toMatch(/<td>withdrawnByAcceptance<\/td><td class="num">600<\/td><td class="num">60\.0%<\/td><td class="num">1,150<\/td><td class="num">57\.5%<\/td>/);
    // The delays' quantiles in hours: the median of 1 … 40 h is 20 h, of 3 … 120 h is 60 h.
    expect(html).toMatch(/<td>observed<\/td>(<td class="num">[\d.]+<\/td>){2}<td class="num">20\.00<\/td>/);
    expect(html).toMatch(/<td>simulated<\/td>(<td class="num">[\d.]+<\/td>){2}<td class="num">60\.00<\/td>/);
    expect(html).toContain('1,000 observed, 3,005 simulated over 3 weeks');
  });

  it('in HTML, the same model gives the same bytes', async () => {
    expect(await renderValidationHtml(MODEL)).toBe(await renderValidationHtml(MODEL));
  });

  it('in Markdown: the same checks as tables, with their verdicts', () => {
    const md = renderValidationMarkdown(MODEL);
    expect(md.startsWith('# Calibration of claims.ndjson\n')).toBe(true);
    expect(md).toContain("1 of 2 checks passed; failed: accept delay (the simulated run's seed: 42).");
    expect(md).toContain('**chi-square statistic 3.210 against the threshold 5.991 (p-value 0.201): pass.**');
    expect(md).toContain('**Kolmogorov–Smirnov statistic 0.500 against the threshold 0.304 (p-value < 0.001): FAIL.**');
    expect(md).toContain('| withdrawnByTimeout | 300 | 30.0% | 650 | 32.5% |');
    expect(md).toContain('Quantiles in hours (40 observed and 40 simulated samples shown):');
    expect(md).toContain('| observed | 4.00 | 10.00 | 20.00 | 30.00 | 36.00 |');
    expect(md).toContain('| simulated | 12.00 | 30.00 | 60.00 | 90.00 | 108.00 |');
    expect(md).toContain('| 2024-04-08 | 352 | 990 |');
    expect(md).not.toMatch(/<[a-z]/);
  });

  it('says so when every check passed, and shows a model without checks or weeks', async () => {
    const passing: ValidationModel = { ...MODEL, delays: [{ ...MODEL.delays[0]!, verdict: 'pass', statistic: 0.1, pValue: 0.5 }] };
    expect(renderValidationMarkdown(passing)).toContain('All 2 checks passed');
    const empty: ValidationModel = { title: 'Empty', seed: 1, shares: [], delays: [], weekly: { weeks: [], observed: [], simulated: [] } };
    expect(renderValidationMarkdown(empty)).toContain('No week to show.');
    const html = await renderValidationHtml(empty);
    expect(html).toContain('No check (the simulated run');
    expect(html).not.toContain('<figure');
  });
});
