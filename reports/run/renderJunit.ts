import { posix } from 'node:path';
import type { RunReport, ScenarioResult } from '../../scenarios/index.js';
import { xmlText } from './xmlText.js';

export interface JunitOptions {
  /**
   * Seconds each scenario took, in the report's order (`claimsim run --junit-time`): written
   * as `time` on each testcase, testsuite and the testsuites. Absent (the default): no
   * timings, so the same run gives the same bytes.
   */
  readonly seconds?: readonly number[];
}

/**
 * `claimsim run --reporter junit`: JUnit XML, one testsuite per folder and one testcase per
 * scenario; a failed scenario carries a `failure`, an invalid file an `error`.
 */
export function renderJunit(report: RunReport, options: JunitOptions = {}): string {
  const seconds = new Map(report.scenarios.map((s, i) => [s, options.seconds?.[i] ?? 0]));
  const time = (list: readonly ScenarioResult[]): string =>
    options.seconds ? ` time="${list.reduce((sum, s) => sum + seconds.get(s)!, 0).toFixed(3)}"` : '';
  const suites = new Map<string, ScenarioResult[]>();
  for (const s of report.scenarios) {
    const dir = posix.dirname(s.file);
    suites.set(dir, [...(suites.get(dir) ?? []), s]);
  }
  const total = report.passed + report.failed + report.errors;
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="claimsim run" tests="${total}" failures="${report.failed}" errors="${report.errors}"${time(report.scenarios)}>`,
  ];
  for (const [dir, list] of suites) {
    const failures = list.filter((s) => s.status === 'failed').length;
    const errors = list.filter((s) => s.status === 'error').length;
    out.push(`  <testsuite name="${xmlText(dir)}" tests="${list.length}" failures="${failures}" errors="${errors}" skipped="0"${time(list)}>`);
    for (const s of list) out.push(...testcase(dir, s, time([s])));
    out.push('  </testsuite>');
  }
  out.push('</testsuites>');
  return `${out.join('\n')}\n`;
}

function testcase(dir: string, s: ScenarioResult, time: string): string[] {
  const open = `    <testcase classname="${xmlText(dir)}" name="${xmlText(`${posix.basename(s.file)} — ${s.name}`)}" file="${xmlText(s.file)}"${time}`;
  if (s.status === 'passed') return [`${open}/>`];
  const tag = s.status === 'error' ? 'error' : 'failure';
  const first = s.failures[0]?.message ?? s.status;
  const body = s.failures.map((f) => (f.step > 0 ? `step ${f.step}: ${f.message}` : f.message)).join('\n');
  return [
    `${open}>`,
    `      <${tag} message="${xmlText(first)}" type="${s.status === 'error' ? 'ScenarioInputError' : 'ScenarioFailure'}">${xmlText(body, false)}</${tag}>`,
    '    </testcase>',
  ];
}
