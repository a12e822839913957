import type { ScenarioReport } from '../../model/ScenarioReport.js';
import { count } from '../format.js';
import { markdownCoverage } from './markdownCoverage.js';
import { mdTable } from './mdTable.js';

/** A scenario run in Markdown: the tally, each failing file with its mismatches, the passing ones folded, rule coverage. */
export function markdownScenarios(r: ScenarioReport, heading = '##'): string {
  const verdict =
    r.failed + r.errors === 0
      ? `All ${count(r.total)} scenarios passed.`
      : `${count(r.failed)} failed, ${count(r.errors)} not valid, ${count(r.passed)} passed (of ${count(r.total)}).`;
  const out = [`${heading} Scenarios`, '', verdict, ''];
  const bad = r.files.filter((f) => f.status !== 'passed');
  if (bad.length > 0) {
    out.push(
      mdTable(
        ['file', 'scenario', 'status', 'step', 'what went wrong'],
        bad.flatMap((f) =>
          f.failures.length === 0 ? [[f.file, f.name, f.status, '', '']] : f.failures.map((x) => [f.file, f.name, f.status, String(x.step), x.message]),
        ),
        [3],
      ),
      '',
    );
  }
  const good = r.files.filter((f) => f.status === 'passed');
  if (good.length > 0) {
    out.push(`<details><summary>${count(good.length)} passed</summary>`, '', ...good.map((f) => `- \`${f.file}\`: ${f.name}`), '', '</details>', '');
  }
  out.push(`${heading}# Rule coverage of the scenarios`, '', markdownCoverage(r.coverage, 'This suite'), '');
  return out.join('\n');
}
