import type { RunReport, ScenarioResult } from '../../scenarios/index.js';

export interface PrettyOptions {
  /** ANSI colours (the command line turns them on for a terminal without NO_COLOR). */
  readonly color: boolean;
}

const CODES = { green: 32, red: 31, yellow: 33, dim: 2 } as const;

/**
 * `claimsim run --reporter pretty`: one line per scenario, each failure explained under it
 * (`step N: path: expected X, got Y`), and a closing count. A run through a target also shows
 * each scenario the target could not run (`SKIP`, the reason under it) and counts them apart.
 */
export function renderPretty(report: RunReport, options: PrettyOptions): string {
  const paint = (colour: keyof typeof CODES, text: string): string => (options.color ? `\u001b[${CODES[colour]}m${text}\u001b[0m` : text);
  const lines: string[] = [];
  for (const s of report.scenarios) {
    lines.push(headline(s, paint));
    for (const f of s.failures) {
      // An input error is already `file:line:column: …`; a failure names its step.
      lines.push(s.status === 'error' ? `    ${f.message}` : `    ${paint('dim', f.step > 0 ? `step ${f.step}:` : 'run:')} ${f.message}`);
    }
  }
  for (const s of report.skipped ?? []) lines.push(`${paint('yellow', 'SKIP ')} ${s.file} ${paint('dim', `— ${s.name}`)}`, `    ${s.reason}`);
  const skipped = report.skipped ? `, ${report.skipped.length} skipped` : '';
  const summary = `${report.passed} passed, ${report.failed} failed, ${report.errors} ${report.errors === 1 ? 'error' : 'errors'}${skipped}`;
  lines.push('', report.failed + report.errors > 0 ? paint('red', summary) : paint('green', summary));
  return `${lines.join('\n')}\n`;
}

function headline(s: ScenarioResult, paint: (c: keyof typeof CODES, t: string) => string): string {
  switch (s.status) {
    case 'passed':
      return `${paint('green', 'PASS ')} ${s.file} ${paint('dim', `— ${s.name}`)}`;
    case 'failed':
      return `${paint('red', 'FAIL ')} ${s.file} — ${s.name}`;
    case 'error':
      return `${paint('yellow', 'ERROR')} ${s.file} (not a valid scenario)`;
    default: {
      const unreachable: never = s.status;
      throw new Error(`unknown status ${String(unreachable)}`);
    }
  }
}
