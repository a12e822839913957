import { statSync } from 'node:fs';
import { join } from 'node:path';
import { type Policy, checkPolicy } from '../../../engine/index.js';
import { auditLogs } from '../../../claimlog/auditLogs.js';
import { loadCsvMap } from '../../../claimlog/csv/loadCsvMap.js';
import { parseDuration } from '../../../claimlog/parseDuration.js';
import type { AuditResult, SkippedLine } from '../../../claimlog/AuditResult.js';
import { parseLogLine } from '../../../claimlog/parseLogLine.js';
import { LogInputError, readLogInput } from '../../../claimlog/readLogLines.js';
import type { CsvMap } from '../../../claimlog/csv/CsvMap.js';
import { type ReproducerRecord, auditReproducer } from '../../../reports/audit/auditReproducer.js';
import { count } from '../../../reports/render/format.js';
import { auditPretty } from '../../../reports/audit/auditPretty.js';
import { AUDITED_INVARIANTS, AUDITED_RULES } from '../../../reports/audit/auditedRules.js';
import { stableStringify } from '../../../reports/index.js';
import { loadAllowList } from '../../../claimlog/allow/loadAllowList.js';
import { auditShare } from '../../../claimlog/shard/auditShare.js';
import { EXIT, InputError } from '../../exit.js';
import { loadPolicyOption } from '../../io/loadPolicyOption.js';
import { watchInterruption } from '../../io/interruption.js';
import { writeOutputFile } from '../../io/writeOutputFile.js';
import type { AuditInputs, AuditPart } from './AuditPart.js';
import { auditFingerprint } from './auditPartSchema.js';
import { todayOption, withAllowance } from './auditAllowance.js';
import type { Shard } from '../../../input/Shard.js';
import { type ShardFlags, shardOption } from '../shared/shardOption.js';
import { writeAuditReports } from './writeAuditReports.js';

export interface AuditFlags extends ShardFlags {
  readonly policy?: string;
  readonly out?: string;
  readonly tolerance: string;
  readonly strict?: boolean;
  /** The mapping file of CSV exports (docs/claim-log.md, CSV exports). */
  readonly map?: string;
  /** The accepted deviations (docs/claim-log.md, Accepted deviations). */
  readonly allow?: string;
  /** The day --allow's entries expire on: YYYY-MM-DD (default: today in the policy's zone). */
  readonly today?: string;
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
  const csvMap = flags.map !== undefined ? loadCsvMap(flags.map) : undefined;
  const allow = flags.allow !== undefined ? loadAllowList(flags.allow, [...AUDITED_RULES, ...AUDITED_INVARIANTS]) : null;
  const today = todayOption(flags.today);
  if (today !== undefined && allow === null) throw new InputError('--today is the day --allow\'s entries expire on: give it with --allow FILE');
  const shard = shardOption(flags);
  if (shard !== undefined && flags.out === undefined) throw new InputError('--shard writes its part of the audit into --out DIR (audit-part-i-of-n.json): give --out, then claimsim report DIR… --out REPORT');
  let shown = 0;
  const onSkipped = (s: SkippedLine): void => {
    const where = `${s.file}:${s.line}:1`;
    if (flags.strict) throw new InputError(`${where}: ${s.problem} (--strict stops at the first line that cannot be read)`);
    if (shown < SKIPPED_SHOWN) process.stderr.write(`${where}: ${s.problem} (skipped; the audit goes on)\n`);
    else if (shown === SKIPPED_SHOWN) process.stderr.write('… more lines skipped: all are counted in the summary and listed in audit.json\n');
    shown++;
  };
  const options = {
    ...(policy !== undefined ? { policy } : {}),
    toleranceMs: tolerance.ms,
    onSkipped,
    headerPolicy: (p: Record<string, unknown>, file: string, line: number) => headerPolicy(p, file, line),
    ...(csvMap !== undefined ? { csvMap } : {}),
  };
  if (shard !== undefined) {
    const inputs: AuditInputs = {
      logs: logs.map((file) => ({ file, bytes: statSync(file, { throwIfNoEntry: false })?.size ?? 0 })),
      policy: policy !== undefined ? ({ ...policy } as Record<string, unknown>) : null,
      toleranceMs: tolerance.ms,
      strict: flags.strict === true,
      map: csvMap !== undefined ? ({ ...csvMap } as unknown as Record<string, unknown>) : null,
      allow,
      today: today ?? null,
    };
    return auditPart(logs, options, shard, inputs, flags.out!);
  }
  // An interruption stops the reading; the claims are judged on the lines read so far and every
  // report is written, marked partial; the status is the shell's (130 or 143).
  const interrupts = watchInterruption();
  let raw;
  try {
    raw = await auditLogs(logs, { ...options, stopped: interrupts.stopped });
  } catch (err) {
    interrupts.dispose();
    if (err instanceof LogInputError) throw new InputError(`${err.message}`);
    throw err;
  }
  if (interrupts.stopped()) raw = { ...raw, interrupted: { signal: interrupts.signal() ?? 'SIGINT', afterLines: raw.lines } } as const;
  const result = withAllowance(raw, allow, today);
  try {
    return await reportAudit(logs, result, flags, csvMap, interrupts.stopped() ? interrupts.status() : null);
  } finally {
    interrupts.dispose();
  }
}

/** Prints the summary and writes --out's reports and reproducers; the status is `interrupted`'s when given, else 1 when a claim violates. */
async function reportAudit(logs: readonly string[], result: ReturnType<typeof withAllowance>, flags: AuditFlags, csvMap: CsvMap | undefined, interrupted: number | null): Promise<number> {
  process.stdout.write(auditPretty(result));
  if (flags.out !== undefined) {
    await writeAuditReports(flags.out, result);
    const written = await writeReproducers(logs, result, flags.out, csvMap);
    process.stdout.write(`report: ${join(flags.out, 'audit.html')} (and audit.md, audit.json, audit.junit.xml)\n`);
    if (written > 0) {
      const capped = result.verdicts.violates > written ? ` (the first ${count(written)} of ${count(result.verdicts.violates)} violating claims; at most ${REPRODUCERS})` : '';
      process.stdout.write(`reproducers: ${count(written)} scenario${written === 1 ? '' : 's'} in ${join(flags.out, 'reproducers')}${capped}: claimsim run ${join(flags.out, 'reproducers')}\n`);
    }
  }
  if (interrupted !== null) return interrupted;
  return result.verdicts.violates > 0 ? EXIT.failed : EXIT.ok;
}

/**
 * `audit --shard i/n`: audits the shard's claims (claimlog/shard/auditShare.ts) and writes
 * `<out>/audit-part-i-of-n.json` for `claimsim report` to merge. Exit 0 once written: whether
 * the audit violates is the merge's to say, on every shard.
 */
async function auditPart(logs: readonly string[], options: Parameters<typeof auditLogs>[1], shard: Shard, inputs: AuditInputs, out: string): Promise<number> {
  let share;
  try {
    share = await auditShare(logs, options, shard);
  } catch (err) {
    if (err instanceof LogInputError) throw new InputError(`${err.message}`);
    throw err;
  }
  const part: AuditPart = { kind: 'audit-part', version: 1, shard, fingerprint: auditFingerprint(inputs), inputs, clockMismatches: share.clockMismatches, result: share.result };
  const file = join(out, `audit-part-${shard.index}-of-${shard.count}.json`);
  writeOutputFile(file, stableStringify(part));
  const r = share.result;
  process.stdout.write(
    `audit shard ${shard.index}/${shard.count}: ${count(r.claims)} of the claims (${count(r.records)} records of ${count(r.lines)} lines): conforms ${count(r.verdicts.conforms)}, violates ${count(r.verdicts.violates)}, unknown ${count(r.verdicts.unknown)}\n` +
      `part: ${file} (merge every shard: claimsim report ${out} --out REPORT)\n`,
  );
  return EXIT.ok;
}

/** How many violating claims get a reproducer scenario. */
export const REPRODUCERS = 100;

/**
 * `<out>/reproducers/<claim>-<rule>.yaml` for the first violating claims (by place in the log):
 * the logs are read again for those claims' records only. Returns how many were written.
 */
async function writeReproducers(logs: readonly string[], result: AuditResult, out: string, csvMap: CsvMap | undefined): Promise<number> {
  const chosen = result.violating.slice(0, REPRODUCERS);
  if (chosen.length === 0) return 0;
  const records = new Map<string, ReproducerRecord[]>(chosen.map((v) => [v.claim, []]));
  for (let f = 0; f < logs.length; f++) {
    let n = 0;
    // Read as the audit read them (a CSV export through its mapping), so the lines are numbered alike.
    for await (const line of readLogInput(logs[f]!, csvMap !== undefined ? { csvMap } : {})) {
      const parsed = typeof line === 'string' ? parseLogLine(line) : line;
      n++;
      if (parsed.kind === 'record') records.get(parsed.record.claim)?.push({ record: parsed.record, line: n });
    }
  }
  const policy = result.policy.value as unknown as Policy;
  const name = logs.length === 1 ? logs[0]! : `${logs.length} logs`;
  let written = 0;
  for (const v of chosen) {
    const mine = records.get(v.claim)!;
    // A claim the log never shows opened cannot be replayed (it is not violating then, but no scenario rather than a wrong one).
    if (!mine.some((r) => r.record.type === 'claim_opened')) continue;
    const file = `${v.claim}-${v.rule}`.replace(/[^A-Za-z0-9._-]/g, '_');
    writeOutputFile(join(out, 'reproducers', `${file}.yaml`), auditReproducer(policy, v, mine, name));
    written++;
  }
  return written;
}

/** The policy a log's header carries, checked as a policy file is. */
function headerPolicy(value: Record<string, unknown>, file: string, line: number): Policy {
  const r = checkPolicy(value);
  if (!r.ok) throw new InputError(`${file}:${line}:1: the header's policy is not valid: ${r.problems.map((p) => p.message).join('; ')} (fix the header, or give --policy)`);
  return r.policy;
}
