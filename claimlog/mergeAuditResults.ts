import { FINDING_CLASSES, type AuditResult, type FindingClass, type TimerLag } from './AuditResult.js';
import type { VerdictKind } from './AuditViolation.js';
import { LAGS_LISTED } from './Auditor.js';

const VERDICTS: readonly VerdictKind[] = ['conforms', 'violates', 'unknown'];

/** What every shard of one audit reads alike (the whole log's), and so must agree on. */
const SHARED = ['format', 'version', 'logs', 'policy', 'toleranceMs', 'period', 'lines', 'limits'] as const;

const byName = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Adds up counts by key, keys sorted by `order`. */
function addCounts(all: readonly Readonly<Record<string, number>>[], order: (a: [string, number], b: [string, number]) => number): Record<string, number> {
  const sum = new Map<string, number>();
  for (const counts of all) for (const [k, n] of Object.entries(counts)) sum.set(k, (sum.get(k) ?? 0) + n);
  return Object.fromEntries([...sum].sort(order));
}

/**
 * The whole audit from its shards' results (claimlog/shard/auditShare.ts, in shard order):
 * counts add up, the claim lists merge in the order the whole audit gives them (violating
 * claims by place in the log, unknown ones by id, findings and skipped lines by line, the
 * latest timer records by lag), each cut to the whole audit's limit; the verdicts by week add.
 * Throws when the shards did not read the same logs alike (their shared fields differ).
 */
export function mergeAuditResults(shards: readonly AuditResult[]): AuditResult {
  const first = shards[0];
  if (first === undefined) throw new Error('mergeAuditResults: no shard');
  for (const s of shards) {
    const differs = SHARED.find((k) => JSON.stringify(s[k]) !== JSON.stringify(first[k]));
    if (differs !== undefined) throw new Error(`the shards read the logs differently: their ${differs} differs`);
  }
  const listed = first.limits.listed;
  const fileIndex = new Map(first.logs.map((f, i) => [f, i]));
  const place = (file: string | null, line: number | null): [number, number] => [file === null ? Infinity : (fileIndex.get(file) ?? Infinity), line ?? Infinity];
  const byPlace = (a: { file: string | null; line: number | null }, b: { file: string | null; line: number | null }): number => {
    const [fa, la] = place(a.file, a.line);
    const [fb, lb] = place(b.file, b.line);
    return fa - fb || la - lb;
  };
  const sum = (pick: (r: AuditResult) => number): number => shards.reduce((n, r) => n + pick(r), 0);
  const weeks = new Map<string, Record<VerdictKind, number>>();
  for (const s of shards) {
    for (const [week, n] of Object.entries(s.byWeek)) {
      const w = weeks.get(week) ?? { conforms: 0, violates: 0, unknown: 0 };
      for (const v of VERDICTS) w[v] += n[v];
      weeks.set(week, w);
    }
  }
  const lagOrder = (a: TimerLag, b: TimerLag): number => b.lagMs - a.lagMs || byPlace(a, b);
  return {
    format: first.format,
    version: first.version,
    logs: first.logs,
    policy: first.policy,
    toleranceMs: first.toleranceMs,
    period: first.period,
    lines: first.lines,
    records: sum((r) => r.records),
    skippedLines: sum((r) => r.skippedLines),
    unknownRecordTypes: addCounts(shards.map((r) => r.unknownRecordTypes), ([a], [b]) => byName(a, b)),
    claims: sum((r) => r.claims),
    verdicts: Object.fromEntries(VERDICTS.map((v) => [v, sum((r) => r.verdicts[v])])) as Record<VerdictKind, number>,
    openAtEnd: sum((r) => r.openAtEnd),
    toleranceUsed: sum((r) => r.toleranceUsed),
    violationsByRule: addCounts(shards.map((r) => r.violationsByRule), ([a, x], [b, y]) => y - x || byName(a, b)),
    findings: Object.fromEntries(FINDING_CLASSES.map((k) => [k, sum((r) => r.findings[k])])) as Record<FindingClass, number>,
    violating: shards.flatMap((r) => r.violating).sort((a, b) => byPlace(a, b) || byName(a.claim, b.claim)).slice(0, listed),
    unknown: shards.flatMap((r) => r.unknown).sort((a, b) => byName(a.claim, b.claim)).slice(0, listed),
    findingExamples: shards.flatMap((r) => r.findingExamples).sort(byPlace).slice(0, listed),
    skipped: shards.flatMap((r) => r.skipped).sort(byPlace).slice(0, listed),
    limits: first.limits,
    byWeek: Object.fromEntries([...weeks].sort(([a], [b]) => byName(a, b))),
    slowestTimers: shards.flatMap((r) => r.slowestTimers).sort(lagOrder).slice(0, LAGS_LISTED),
  };
}
