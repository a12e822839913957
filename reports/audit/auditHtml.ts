import type { AllowedAudit } from '../../claimlog/allow/AllowList.js';
import { allowEntryText, allowReasons, allowSummary } from './auditAllowed.js';
import { chartFigure } from '../render/html/chartFigure.js';
import { htmlCards } from '../render/html/htmlCards.js';
import { htmlPage } from '../render/html/htmlPage.js';
import { htmlTable } from '../render/html/htmlTable.js';
import { escapeHtml } from '../render/html/escapeHtml.js';
import { count, percent } from '../render/format.js';
import { conformanceByWeekChart, violationsByRuleChart, weeklyRates } from './auditCharts.js';
import { findingsText, placeText, policySourceText, toleranceText } from './auditText.js';

/** How many violating claims the page's table lists (audit.json lists more). */
export const HTML_ROWS = 200;

/**
 * audit.html: one self-contained page (inline CSS and SVG, no script, nothing fetched): what
 * was read, the verdicts, the conformance rate by ISO week of opening (chart and table),
 * violations by rule, the slowest timer records within the tolerance, the violating claims.
 */
export async function auditHtml(r: AllowedAudit): Promise<string> {
  const judged = r.verdicts.conforms + r.verdicts.violates + r.verdicts.unknown;
  const verdict =
    r.verdicts.violates > 0
      ? `<div class="verdict bad"><p><strong>${escapeHtml(count(r.verdicts.violates))} of ${escapeHtml(count(judged))} claims violate a rule.</strong> Exit status 1.</p></div>`
      : `<div class="verdict ok"><p><strong>No claim violates a rule</strong>${r.allowed?.claims.length ? ` but the ${escapeHtml(count(r.allowed.claims.length))} accepted by --allow` : ''}${r.verdicts.unknown ? ` (${escapeHtml(count(r.verdicts.unknown))} unknown: the log cannot decide them)` : ''}.</p></div>`;
  const body: string[] = [
    '<section id="summary"><h2>Summary</h2>',
    ...(r.interrupted ? [`<div class="verdict bad"><p><strong>Partial: interrupted (${escapeHtml(r.interrupted.signal)}) after ${escapeHtml(count(r.interrupted.afterLines))} lines.</strong> The claims are judged on the lines read so far, as if the log ended there.</p></div>`] : []),
    verdict,
    htmlCards([
      { value: count(r.claims), label: 'claims read' },
      { value: count(r.records), label: `records (${count(r.lines)} lines)` },
      { value: count(r.verdicts.conforms), label: 'conform' },
      { value: count(r.verdicts.violates), label: 'violate' },
      ...(r.allowed ? [{ value: count(r.allowed.claims.length), label: 'allowed (accepted deviations)' }] : []),
      { value: count(r.verdicts.unknown), label: 'unknown' },
      { value: judged === 0 ? '–' : percent(r.verdicts.conforms / judged), label: 'conformance rate' },
      { value: count(r.openAtEnd), label: "open at the log's end" },
      { value: count(r.toleranceUsed), label: `timer records within the tolerance (${toleranceText(r.toleranceMs)})` },
    ]),
    `<p class="note">Policy: ${escapeHtml(policySourceText(r))}. ${r.period.from && r.period.until ? `Period: ${escapeHtml(r.period.from)} → ${escapeHtml(r.period.until)}. ` : ''}Findings: ${escapeHtml(findingsText(r))}.</p>`,
    '</section>',
  ];
  const weeks = weeklyRates(r);
  body.push('<section id="weeks"><h2>Conformance by week of opening</h2>');
  if (weeks.length) {
    body.push(await chartFigure('conformance-by-week', conformanceByWeekChart(r), 'The share of the claims opened in each ISO week (in the policy\'s zone) that conform; unknown claims count as not conforming.'));
    body.push(htmlTable(['week', 'claims', 'conform', 'violate', 'unknown', 'conforming'], weeks.map((w) => [w.week, count(w.claims), count(w.conforms), count(w.violates), count(w.unknown), percent(w.rate)]), { numeric: [1, 2, 3, 4, 5] }));
  } else body.push('<p class="note">No claim of the log is shown opened.</p>');
  body.push('</section>', '<section id="rules"><h2>Violations by rule</h2>');
  if (Object.keys(r.violationsByRule).length) {
    body.push(await chartFigure('violations-by-rule', violationsByRuleChart(r), 'Claims per rule or invariant they violate, by either reading (replay through the rules, or the invariant checker); a claim may violate several.'));
  } else body.push('<p class="note">No violation.</p>');
  body.push('</section>', '<section id="lags"><h2>Slowest timer records</h2>');
  if (r.slowestTimers.length) {
    body.push(
      htmlTable(
        ['claim', 'record', 'where', 'due', 'logged', 'late by'],
        r.slowestTimers.map((l) => [l.claim, l.type, `${l.file}:${l.line}`, l.due, l.at, toleranceText(l.lagMs)]),
        { numeric: [5], caption: `Timer records judged at their instant because they came within the tolerance (${toleranceText(r.toleranceMs)}), the latest first (at most ${r.slowestTimers.length}).` },
      ),
    );
  } else body.push(`<p class="note">No timer record came late within the tolerance (${escapeHtml(toleranceText(r.toleranceMs))}).</p>`);
  body.push('</section>', '<section id="violating"><h2>Violating claims</h2>');
  const rows = r.violating.flatMap((c) => c.violations.map((v) => [c.claim, v.rule, placeText(v.file, v.line), v.message]));
  if (rows.length) {
    body.push(htmlTable(['claim', 'rule', 'line', 'message'], rows.slice(0, HTML_ROWS)));
    if (rows.length > HTML_ROWS || r.verdicts.violates > r.violating.length)
      body.push(`<p class="note">The first ${count(Math.min(rows.length, HTML_ROWS))} violations shown; all ${count(r.verdicts.violates)} violating claims are counted above, and audit.json lists up to ${count(r.limits.listed)}.</p>`);
  } else body.push('<p class="note">None.</p>');
  body.push('</section>');
  if (r.allowed) {
    const a = r.allowed;
    body.push('<section id="allowed"><h2>Accepted deviations (--allow)</h2>', `<p class="note">${escapeHtml(allowSummary(a))}.</p>`);
    if (a.claims.length) {
      const allowedRows = a.claims.map((c) => [c.claim, [...new Set(c.violations.map((v) => v.rule))].join(', '), placeText(c.file, c.line), allowReasons(c.allowedBy), [...new Set(c.allowedBy.map((e) => e.expires))].join(', ')]);
      body.push(htmlTable(['claim', 'rule', 'line', 'reason', 'expires'], allowedRows.slice(0, HTML_ROWS)));
    }
    const warned = [...a.expired.map((e) => `expired: ${allowEntryText(a, e)}: it allows nothing`), ...a.unused.map((e) => `unused: ${allowEntryText(a, e)}: it matched no violation`)];
    if (warned.length) body.push(`<ul>${warned.map((w) => `<li>${escapeHtml(w)}</li>`).join('')}</ul>`);
    body.push('</section>');
  }
  const lead = `${r.logs.join(', ')}: every claim judged against the rules (docs/claim-log.md).`;
  const nav = [
    { id: 'summary', label: 'Summary' },
    { id: 'weeks', label: 'By week' },
    { id: 'rules', label: 'By rule' },
    { id: 'lags', label: 'Timer lags' },
    { id: 'violating', label: 'Violating claims' },
    ...(r.allowed ? [{ id: 'allowed', label: 'Allowed' }] : []),
  ];
  return htmlPage('Claim-log audit', lead, nav, body.join('\n'));
}
