import type { ScenarioReport } from '../../model/ScenarioReport.js';
import { count } from '../format.js';
import { escapeHtml } from './escapeHtml.js';
import { htmlCoverage } from './htmlCoverage.js';

/** The scenario run: the tally, then a section per file (failing ones open, with each mismatch), then rule coverage. */
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
  const files = r.files.map((f) => {
    const failures =
      f.failures.length === 0
        ? ''
        : `<ul class="failures">${f.failures.map((x) => `<li>${x.step > 0 ? `step ${x.step}: ` : ''}${escapeHtml(x.message)}</li>`).join('')}</ul>`;
    return (
      `<details class="${f.status}"${f.status === 'passed' ? '' : ' open'}><summary><span class="pill ${f.status}">${f.status}</span> ` +
      `<code>${escapeHtml(f.file)}</code> ${escapeHtml(f.name)}</summary>${failures}</details>`
    );
  });
  return [
    `<div class="verdict ${ok ? 'ok' : 'bad'}">${escapeHtml(verdict)}</div>`,
    ...files,
    '<h3>Rule coverage of the scenarios</h3>',
    htmlCoverage(r.coverage, 'This suite'),
  ].join('\n');
}
