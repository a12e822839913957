import { join } from 'node:path';
import { type Policy, checkPolicy } from '../../engine/index.js';
import { auditLogs } from '../../claimlog/auditLogs.js';
import { parseDuration } from '../../claimlog/parseDuration.js';
import { LogInputError } from '../../claimlog/readLogLines.js';
import type { SkippedLine } from '../../claimlog/AuditResult.js';
import { auditJson } from '../../reports/audit/auditJson.js';
import { auditMarkdown } from '../../reports/audit/auditMarkdown.js';
import { auditPretty } from '../../reports/audit/auditPretty.js';
import { EXIT, InputError } from '../exit.js';
import { loadPolicyOption } from '../io/loadPolicyOption.js';
import { writeOutputFile } from '../io/writeOutputFile.js';

export interface AuditFlags {
  readonly policy?: string;
  readonly out?: string;
  readonly tolerance: string;
  readonly strict?: boolean;
}

/** How many skipped lines are named on stderr as the audit goes (all are counted, and listed in audit.json). */
const SKIPPED_SHOWN = 20;

/**
 * `claimsim audit LOG…` (registered in cli/commands/audit.ts): judges every claim of the logs
 * against the rules; exit 0 when none violates (unknown allowed), 1 when one does, 2 bad input.
 */
export async function audit(logs: readonly string[], flags: AuditFlags): Promise<number> {
  const tolerance = parseDuration(flags.tolerance);
  if (!tolerance.ok) throw new InputError(`--tolerance ${tolerance.problem}`);
  const policy = flags.policy !== undefined ? loadPolicyOption('--policy', flags.policy) : undefined;
  let shown = 0;
  const onSkipped = (s: SkippedLine): void => {
    const where = `${s.file}:${s.line}:1`;
    if (flags.strict) throw new InputError(`${where}: ${s.problem} (--strict stops at the first line that cannot be read)`);
    if (shown < SKIPPED_SHOWN) process.stderr.write(`${where}: ${s.problem} (skipped; the audit goes on)\n`);
    else if (shown === SKIPPED_SHOWN) process.stderr.write('… more lines skipped: all are counted in the summary and listed in audit.json\n');
    shown++;
  };
  let result;
  try {
    result = await auditLogs(logs, {
      ...(policy !== undefined ? { policy } : {}),
      toleranceMs: tolerance.ms,
      onSkipped,
      headerPolicy: (p, file, line) => headerPolicy(p, file, line),
    });
  } catch (err) {
    if (err instanceof LogInputError) throw new InputError(`${err.message}`);
    throw err;
  }
  process.stdout.write(auditPretty(result));
  if (flags.out !== undefined) {
    writeOutputFile(join(flags.out, 'audit.json'), auditJson(result));
    writeOutputFile(join(flags.out, 'audit.md'), auditMarkdown(result));
    process.stdout.write(`report: ${join(flags.out, 'audit.md')} (and audit.json)\n`);
  }
  return result.verdicts.violates > 0 ? EXIT.failed : EXIT.ok;
}

/** The policy a log's header carries, checked as a policy file is. */
function headerPolicy(value: Record<string, unknown>, file: string, line: number): Policy {
  const r = checkPolicy(value);
  if (!r.ok) throw new InputError(`${file}:${line}:1: the header's policy is not valid: ${r.problems.map((p) => p.message).join('; ')} (fix the header, or give --policy)`);
  return r.policy;
}
