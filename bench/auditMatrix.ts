/**
 * `npm run audit:matrix`: what `claimsim audit` catches. For every injected fault
 * (engine/faults.ts) and every rule mutant (engine/mutants), a population runs under the broken
 * rules, its events are written as a claim log (docs/claim-log.md), and the log is audited under
 * the real rules. Prints the kill matrix: caught (the rules the audit names), exercised but
 * missed (the broken rules decided differently at least once, and the audit saw nothing), or not
 * exercised by the population (never counted as caught).
 *
 *   npm run audit:matrix                                   # generators/populations/small.yaml
 *   npm run audit:matrix -- --population FILE --claims N
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type ClaimEvent, type Command, type Decide, type Policy, DEFAULT_POLICY, FAULT_NAMES, calendarFor, checkPolicy, daysFromCivil, decide as realDecide, faultPolicy, withFault } from '../engine/index.js';
import { RULE_MUTANTS } from '../engine/mutants/index.js';
import { loadPopulationFile, runPopulation } from '../generators/index.js';
import { auditLogs } from '../claimlog/auditLogs.js';
import { logHeader } from '../claimlog/toLogRecord.js';
import type { LogRecord } from '../claimlog/LogRecord.js';
import { RunRecorder } from '../claimlog/RunRecorder.js';

function option(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
}
const populationFile = option('--population') ?? 'generators/populations/small.yaml';
const claimsOption = option('--claims');
const population = loadPopulationFile(populationFile);
const dir = mkdtempSync(join(tmpdir(), 'claimsim-audit-matrix-'));

interface Subject {
  readonly kind: 'fault' | 'mutant';
  readonly name: string;
  readonly rules: readonly string[];
  readonly policy: Policy;
  readonly decide: () => Decide;
}
const subjects: Subject[] = [
  ...FAULT_NAMES.map((name): Subject => ({ kind: 'fault', name, rules: [], policy: faultPolicy(name), decide: () => withFault(name) })),
  ...RULE_MUTANTS.map((m): Subject => ({ kind: 'mutant', name: m.name, rules: m.rules, policy: DEFAULT_POLICY, decide: () => m.mutate(realDecide) })),
];

/** `YYYY-MM-DDTHH:MM:SS.mmm` local wall time (a summary's horizon) as an instant in the zone. */
function localInstant(text: string, timezone: string): number {
  const [y, mo, d] = text.slice(0, 10).split('-').map(Number);
  const [h, m, s] = text.slice(11).split(':').map(Number);
  return calendarFor(timezone).atWallTime(daysFromCivil(y!, mo!, d!), (h! * 60 + m!) * 60_000 + Math.round(s! * 1000));
}

/** Runs the population under `decide`, writes its claim log; how many decisions differed from the real rules'. */
function runAndLog(policy: Policy, broken: Decide | null, log: string): number {
  let differed = 0;
  // Each decision is also asked of the real rules (pure, on the same state): a difference is the bug at work.
  const decide: Decide | undefined =
    broken === null
      ? undefined
      : (view, command, now, p) => {
          const d = broken(view, command, now, p);
          if (JSON.stringify(d) !== JSON.stringify(realDecide(view, command, now, p))) differed++;
          return d;
        };
  const calendar = calendarFor(policy.timezone);
  // The log as a claim service writes it: the events, what each action submitted, and the actions it refused.
  const recorder = new RunRecorder(calendar);
  const records: LogRecord[] = [];
  // The agent command each decision's events are of (its decision's are the first it sees), innermost last.
  const deciding: { readonly command: Command; written: boolean }[] = [];
  const { summary } = runPopulation(
    population,
    {
      policy,
      ...(claimsOption !== undefined ? { claims: Number(claimsOption) } : {}),
      ...(decide !== undefined ? { decide } : {}),
      onEvents: (es: readonly ClaimEvent[]) => {
        const top = deciding[deciding.length - 1];
        const submitted = top !== undefined && !top.written ? top.command : undefined;
        if (top !== undefined) top.written = true;
        records.push(...recorder.events(es, submitted));
      },
    },
    {
      beforeCommand: (command) => deciding.push({ command, written: false }),
      onCommand: (command, at, decision) => {
        deciding.pop();
        const refused = decision.ok ? null : recorder.refused(command, at, decision.refusal);
        if (refused !== null) records.push(refused);
      },
    },
  );
  const lines = [JSON.stringify(logHeader(policy, calendar, localInstant(summary.horizon.start, policy.timezone), localInstant(summary.horizon.end, policy.timezone)))];
  for (const r of records) lines.push(JSON.stringify(r));
  writeFileSync(log, `${lines.join('\n')}\n`);
  return differed;
}

async function auditOf(log: string): Promise<{ violates: number; rules: string[] }> {
  const result = await auditLogs([log], {
    toleranceMs: 0,
    headerPolicy: (value) => {
      const r = checkPolicy(value);
      if (!r.ok) throw new Error(`${log}: the header's policy is not valid`);
      return r.policy;
    },
  });
  return { violates: result.verdicts.violates, rules: Object.keys(result.violationsByRule) };
}

try {
  const rows: string[] = [];
  const tally = { caught: 0, missed: 0, unexercised: 0 };
  const baseLog = join(dir, 'real.ndjson');
  runAndLog(DEFAULT_POLICY, null, baseLog);
  const base = await auditOf(baseLog);
  for (const s of subjects) {
    process.stderr.write(`audit:matrix: ${s.kind} ${s.name}…\n`);
    const log = join(dir, `${s.name}.ndjson`);
    const differed = runAndLog(s.policy, s.decide(), log);
    const audit = await auditOf(log);
    rmSync(log);
    let outcome: string;
    if (audit.violates > 0) {
      tally.caught++;
      outcome = `caught: ${audit.violates} claims violate ${audit.rules.join(', ')}`;
    } else if (differed > 0) {
      tally.missed++;
      outcome = 'exercised but missed';
    } else {
      tally.unexercised++;
      outcome = 'not exercised by the population';
    }
    rows.push(`| ${s.kind} | ${s.name} | ${s.rules.join(', ') || '—'} | ${differed} | ${outcome} |`);
  }
  const lines = [
    `Population ${populationFile}${claimsOption !== undefined ? `, ${claimsOption} claims` : ''}, its own seed; the run under the real rules audits to ${base.violates} violating claims${base.rules.length > 0 ? ` (${base.rules.join(', ')})` : ''}.`,
    '',
    '| kind | name | rules it breaks | decisions that differ from the real rules | the audit |',
    '|---|---|---|---:|---|',
    ...rows,
    '',
    `${subjects.length} in all: ${tally.caught} caught, ${tally.missed} exercised but missed, ${tally.unexercised} not exercised by the population.`,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
