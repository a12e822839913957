import { posix } from 'node:path';
import type { RunReport, ScenarioResult, SkippedScenario } from '../../scenarios/index.js';
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
 * scenario; a failed scenario carries a `failure`, an invalid file an `error`, a scenario a
 * target could not run a `skipped` with the reason (counted in `tests` and `skipped`; the
 * testsuites element has `skipped` only in a run through a target).
 */
export function renderJunit(report: RunReport, options: JunitOptions = {}): string {
  const seconds = new Map(report.scenarios.map((s, i) => [s, options.seconds?.[i] ?? 0]));
  const time = (list: readonly ScenarioResult[]): string =>
    options.seconds ? ` time="${list.reduce((sum, s) => sum + seconds.get(s)!, 0).toFixed(3)}"` : '';
  const suites = new Map<string, { ran: ScenarioResult[]; skipped: SkippedScenario[] }>();
  const suite = (file: string) => {
    const dir = posix.dirname(file);
    if (!suites.has(dir)) suites.set(dir, { ran: [], skipped: [] });
    return suites.get(dir)!;
  };
  for (const s of report.scenarios) suite(s.file).ran.push(s);
  for (const s of report.skipped ?? []) suite(s.file).skipped.push(s);
  const skipped = report.skipped ? ` skipped="${report.skipped.length}"` : '';
  const total = report.passed + report.failed + report.errors + (report.skipped?.length ?? 0);
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="claimsim run" tests="${total}" failures="${report.failed}" errors="${report.errors}"${skipped}${time(report.scenarios)}>`,
  ];
  for (const [dir, { ran: list, skipped: left }] of suites) {
    const failures = list.filter((s) => s.status === 'failed').length;
    const errors = list.filter((s) => s.status === 'error').length;
    out.push(`  <testsuite name="${xmlText(dir)}" tests="${list.length + left.length}" failures="${failures}" errors="${errors}" skipped="${left.length}"${time(list)}>`);
    for (const s of list) out.push(...testcase(dir, s, time([s])));
    for (const s of left) out.push(...skippedCase(dir, s));
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

function skippedCase(dir: string, s: SkippedScenario): string[] {
  return [
    `    <testcase classname="${xmlText(dir)}" name="${xmlText(`${posix.basename(s.file)} — ${s.name}`)}" file="${xmlText(s.file)}">`,
    `      <skipped message="${xmlText(s.reason)}"/>`,
    '    </testcase>',
  ];
}
