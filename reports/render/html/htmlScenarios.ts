import type { ScenarioReport } from '../../model/ScenarioReport.js';
import { count } from '../format.js';
import { escapeHtml } from './escapeHtml.js';
import { htmlCoverage } from './htmlCoverage.js';
import { htmlTable } from './htmlTable.js';
import { raw } from './Html.js';

/**
 * The scenario run: the tally; a section per file that did not pass, open, with each
 * mismatch by step; the passing files folded into one table; then rule coverage.
 */
export function htmlScenarios(r: ScenarioReport): string {
  const ok = r.failed + r.errors === 0;
  const verdict = ok
    ? `All ${count(r.total)} scenarios passed.`
    : [
        r.failed > 0 ? `${count(r.failed)} scenario${r.failed === 1 ? '' : 's'} failed` : '',
        r.errors > 0 ? `${count(r.errors)} file${r.errors === 1 ? ' is' : 's are'} not a valid scenario` : '',
      ]
        .filter(Boolean)
        .join(' and ') + `; ${count(r.passed)} of ${count(r.total)} passed.`;
  const bad = r.files.filter((f) => f.status !== 'passed');
  const good = r.files.filter((f) => f.status === 'passed');
  const badFiles = bad.map((f) => {
    const failures = f.failures.map((x) => `<li>${x.step > 0 ? `step ${x.step}: ` : ''}${escapeHtml(x.message)}</li>`).join('');
    return (
      `<details class="${f.status}" open><summary><span class="pill ${f.status}">${f.status}</span> ` +
      `<code>${escapeHtml(f.file)}</code> ${escapeHtml(f.name)}</summary>${failures ? `<ul class="failures">${failures}</ul>` : ''}</details>`
    );
  });
  const goodFiles =
    good.length === 0
      ? ''
      : `<details class="passed"><summary><span class="pill passed">passed</span> ${count(good.length)} scenario${good.length === 1 ? '' : 's'}</summary>` +
        htmlTable(
          ['file', 'scenario'],
          good.map((f) => [raw(`<code>${escapeHtml(f.file)}</code>`), f.name]),
        ) +
        '</details>';
  return [
    `<div class="verdict ${ok ? 'ok' : 'bad'}">${escapeHtml(verdict)}</div>`,
    ...badFiles,
    goodFiles,
    '<h3>Rule coverage of the scenarios</h3>',
    htmlCoverage(r.coverage, 'This suite'),
  ].join('\n');
}
