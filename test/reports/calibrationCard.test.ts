import { describe, expect, it } from 'vitest';
import { simulationReportSchema } from '../../cli/actions/report/reportModelSchema.js';
import type { CalibrationCard } from '../../generators/population/calibrationSchema.js';
import { parsePopulation } from '../../generators/loadPopulation.js';
import { assumptionsLeanedOn } from '../../reports/render/card/assumptionsLeanedOn.js';
import { cardConsoleLines } from '../../reports/render/card/cardConsole.js';
import { buildSimulationReport } from '../../reports/model/buildSimulationReport.js';
import type { CompareReport } from '../../reports/model/CompareReport.js';
import { renderHtml } from '../../reports/render/html/renderHtml.js';
import { renderMarkdown } from '../../reports/render/markdown/renderMarkdown.js';
import { renderJson } from '../../reports/render/renderJson.js';
import { CALIBRATED } from '../population/calibrationFixture.js';
import { makeSummary } from './fixtures/makeSummary.js';
import { compareReport, simulationReport, sweepReport } from './fixtures/reports.js';

const CARD: CalibrationCard = parsePopulation(CALIBRATED, 'pop.yaml').calibration!;
/** The card with its reminder assumption naming another key: the comparison's responseWindowDays leans on it. */
const WINDOW_CARD: CalibrationCard = {
  ...CARD,
  unidentified: [{ what: 'buyers waiting for the deadline', why: 'every answer in the log came within 7 days', assumption: 'a longer window changes no answer time', policyKeys: ['responseWindowDays'] }],
};
const LEAN = 'leans on an assumption the log cannot identify: buyers waiting for the deadline';

/** The lines of `a`, in order, are all in `b`: the card only adds. */
function onlyAdds(a: string, b: string): void {
  const lines = b.split('\n');
  let at = 0;
  for (const line of a.split('\n')) {
    const found = lines.indexOf(line, at);
    expect(found, `missing: ${line}`).toBeGreaterThanOrEqual(0);
    at = found + 1;
  }
}

const calibratedCompare = (card: CalibrationCard): CompareReport => ({ ...compareReport, baseline: { ...compareReport.baseline, calibration: card }, variant: { ...compareReport.variant, calibration: card } });

describe('the calibration card in reports', () => {
  it('comes from the summaries into the report model, and report JSON with it reads back', () => {
    const summaries = [1, 2].map((seed) => ({ ...makeSummary({ seed, outcomes: { withdrawnByAcceptance: 40, completedNormally: 60 } }), calibration: CARD }));
    const report = buildSimulationReport(summaries);
    expect(report.calibration).toEqual(CARD);
    expect('calibration' in buildSimulationReport(summaries.map(({ calibration: _c, ...s }) => s))).toBe(false);
    const back = simulationReportSchema.safeParse(JSON.parse(renderJson(report)));
    expect(back.success, JSON.stringify(back.error?.issues)).toBe(true);
    const broken = JSON.parse(renderJson(report)) as { calibration: { checks: { verdict: string }[] } };
    broken.calibration.checks[0]!.verdict = 'maybe';
    expect(simulationReportSchema.safeParse(broken).success).toBe(false);
  });

  it('a simulation report shows it in Markdown: source, parameters, choices, checks with verdicts, assumptions marked', () => {
    const plain = renderMarkdown(simulationReport);
    const md = renderMarkdown({ ...simulationReport, calibration: CARD });
    expect(plain).not.toMatch(/calibrat/i);
    onlyAdds(plain, md);
    expect(md).toContain('Calibrated population: fitted from claims.ndjson (19,876 claims, 2024-04-01 to 2024-06-15); 1 of 2 fit checks on the holdout failed (outcome shares); 1 assumption the log cannot identify.');
    expect(md).toContain('## Calibration card: claims.ndjson');
    expect(md).toContain('Fitted from claims.ndjson (98,765 records, sha256 abababababab…): 19,876 claims from 2024-04-01T09:00:00.000+09:00 to 2024-06-15T10:02:00.000+09:00');
    expect(md).toContain('| buyerProfiles.0.accept.probability | 0.550 (0.540–0.560) | probability | 4,210 answered requests |');
    expect(md).toContain('| sellerProfiles.0.request.delay.logNormal.median | 1.08 d (1.04 d–1.13 d) | duration | 5,002 requests |');
    expect(md).toContain('| buyer answer timing | fractionOfWindow | delay -1234.5 · fractionOfWindow -1100.2 | held-out log-likelihood higher by 134.3 over 1,052 answers |');
    expect(md).toContain('| accept delay | Kolmogorov–Smirnov | 0.021 | 0.043 | 0.310 | 1,052 | pass |');
    expect(md).toContain('| outcome shares | chi-square | 14.200 | 11.070 | 0.014 | 4,969 | FAIL |');
    expect(md).toContain("| buyers' reaction to a reminder | the log has no buyer_reminded record | assumption, not learned from the log: reminders change nothing (no reminded reaction) | reminderDaysBeforeDeadline |");
  });

  it('a simulation report shows it in HTML, with the failed check and the assumption marked', async () => {
    const plain = (await renderHtml(simulationReport)).html;
    const { html, charts } = await renderHtml({ ...simulationReport, calibration: CARD });
    expect(plain).not.toContain('class="calibration"');
    expect(charts).toBe((await renderHtml(simulationReport)).charts);
    expect(html).toContain(`<section class="calibration" data-calibration="${'cd'.repeat(32)}">`);
    expect(html).toContain('<div class="verdict bad">1 of 2 fit checks on the holdout failed (outcome shares).</div>');
    expect(html).toContain('<td><strong>FAIL</strong></td>');
    expect(html).toContain('<strong>assumption, not learned from the log</strong>: reminders change nothing (no reminded reaction)');
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toContain('<details><summary>');
  });

  it('folds a long parameter list on the page under a line that counts it, and writes large counts whole', async () => {
    const many: CalibrationCard = {
      ...CARD,
      parameters: [
        { path: 'claims', estimate: 3000, low: 2892.65, high: 3107.35, unit: 'count', basis: '3,000 claims opened in the log' },
        ...Array.from({ length: 12 }, (_, i) => ({ ...CARD.parameters[0]!, path: `buyerProfiles.${i}.accept.probability` })),
      ],
    };
    const { html } = await renderHtml({ ...simulationReport, calibration: many });
    expect(html).toContain('<details><summary>13 fitted parameters with their 95% intervals</summary>');
    expect(html).toContain('<td>claims</td><td class="num">3,000 (2,893–3,107)</td><td>count</td>');
    expect(renderMarkdown({ ...simulationReport, calibration: many })).toContain('| claims | 3,000 (2,893–3,107) | count | 3,000 claims opened in the log |');
  });

  it('a comparison whose variant changes a key an assumption names says so beside its result; one that does not, does not', () => {
    const leaning = renderMarkdown(calibratedCompare(WINDOW_CARD));
    onlyAdds(renderMarkdown(compareReport), leaning);
    expect(leaning).toContain(`- **Variant ${LEAN} (assumed: a longer window changes no answer time; changed here: responseWindowDays)**.`);
    // The card once: both arms carry the same.
    expect(leaning.match(/## Calibration card/g)).toHaveLength(1);
    const other = renderMarkdown(calibratedCompare(CARD));
    expect(other).toContain('## Calibration card: claims.ndjson');
    expect(other).not.toContain('leans on an assumption');
  });

  it('a comparison of two differently calibrated populations shows both cards, each labelled', async () => {
    const r: CompareReport = { ...compareReport, baseline: { ...compareReport.baseline, calibration: CARD }, variant: { ...compareReport.variant, calibration: WINDOW_CARD } };
    const md = renderMarkdown(r);
    expect(md).toContain('## Calibration card (baseline population): claims.ndjson');
    expect(md).toContain('## Calibration card (variant population): claims.ndjson');
    expect(md).toContain(`Variant ${LEAN}`);
    const { html } = await renderHtml(r);
    expect(html.match(/<section class="calibration"/g)).toHaveLength(2);
    expect(html).toContain(`<div class="verdict warn assumption">Variant ${LEAN}`);
  });

  it('a sweep of a key an assumption names says so beside that knob, and shows the card', async () => {
    const r = { ...sweepReport, calibration: WINDOW_CARD };
    const md = renderMarkdown(r);
    onlyAdds(renderMarkdown(sweepReport), renderMarkdown({ ...sweepReport, calibration: CARD }));
    expect(md.split('\n').find((l) => l.startsWith('- **responseWindowDays'))).toContain(`*This ${LEAN}`);
    expect(md).toContain('## Calibration card: claims.ndjson');
    const { html } = await renderHtml(r);
    expect(html).toContain(`<div class="verdict warn assumption">This parameter ${LEAN}`);
    expect(renderMarkdown({ ...sweepReport, calibration: CARD })).not.toContain('leans on');
  });

  it('prints on the console a line per part', () => {
    const lines = cardConsoleLines(CARD);
    expect(lines[0]).toMatch(/^calibration: Fitted from claims\.ndjson/);
    expect(lines).toContain('  check: outcome shares: chi-square 14.200 against 11.070, p 0.014, n 4,969: FAIL');
    expect(lines.at(-1)).toBe("  not identified by the log: buyers' reaction to a reminder: assumption, not learned from the log: reminders change nothing (no reminded reaction)");
    expect(lines.some((l) => l.includes('buyerProfiles.0.accept.probability') && l.includes('0.550 (0.540–0.560)'))).toBe(true);
    const many = { ...CARD, parameters: Array.from({ length: 13 }, (_, i) => ({ ...CARD.parameters[0]!, path: `buyerProfiles.${i}.accept.probability` })) };
    const counted = cardConsoleLines(many);
    expect(counted).toContain('  13 fitted parameters, each with its 95% interval (listed in the card of the population file and of `claimsim report`)');
    expect(counted.filter((l) => l.includes('accept.probability'))).toEqual([]);
    expect(counted.filter((l) => l.startsWith('  check: '))).toHaveLength(2);
  });
});

describe('assumptionsLeanedOn', () => {
  const card: CalibrationCard = {
    ...CARD,
    unidentified: [
      { what: 'reminders', why: 'no reminder in the log', assumption: 'no reaction', policyKeys: ['reminderDaysBeforeDeadline'], paths: ['buyerProfiles.*.onReminder'] },
      { what: 'support', why: 'no escalation in the log', assumption: 'nobody escalates', policyKeys: [] },
    ],
  };

  it('matches changed policy keys and population paths (a * segment for any profile, above or below the named path)', () => {
    expect(assumptionsLeanedOn(card, ['responseWindowDays'])).toEqual([]);
    expect(assumptionsLeanedOn(card, ['reminderDaysBeforeDeadline']).map((l) => [l.assumption.what, l.by])).toEqual([['reminders', ['reminderDaysBeforeDeadline']]]);
    expect(assumptionsLeanedOn(card, [], ['buyerProfiles.firm.onReminder.accept']).map((l) => l.by)).toEqual([['buyerProfiles.firm.onReminder.accept']]);
    expect(assumptionsLeanedOn(card, [], ['buyerProfiles']).map((l) => l.by)).toEqual([['buyerProfiles']]);
    expect(assumptionsLeanedOn(card, [], ['buyerProfiles.firm.accept.probability'])).toEqual([]);
    expect(assumptionsLeanedOn(undefined, ['reminderDaysBeforeDeadline'])).toEqual([]);
    // The card names profiles by index, a comparison's changes by name.
    const byIndex: CalibrationCard = { ...card, unidentified: [{ ...card.unidentified[0]!, policyKeys: [], paths: ['sellerProfiles.0.request.probability.non_receipt'] }] };
    expect(assumptionsLeanedOn(byIndex, [], ['sellerProfiles.keen.request.probability.non_receipt'])).toHaveLength(1);
    expect(assumptionsLeanedOn(byIndex, [], ['sellerProfiles.0.request.probability.non_receipt'])).toHaveLength(1);
    expect(assumptionsLeanedOn(byIndex, [], ['sellerProfiles.1.request.probability.non_receipt'])).toEqual([]);
    expect(assumptionsLeanedOn(byIndex, [], ['sellerProfiles.keen.request.probability.return'])).toEqual([]);
  });
});
