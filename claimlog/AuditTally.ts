import type { FindingClass, Finding, SkippedLine, ViolatingClaim } from './AuditResult.js';
import type { ClaimVerdict, VerdictKind } from './AuditViolation.js';
import { type JudgeContext, place, when } from './JudgeContext.js';
import type { Finished, OpenClaim } from './HeldClaim.js';
import type { LogRecord } from './LogRecord.js';
import { hashOf } from './recordKeys.js';
import { isoWeek } from './isoWeek.js';

/** How many violating claims, unknown claims, findings and skipped lines the result lists (all are counted). */
export const LISTED = 1000;
/** How many of the latest timer records within the tolerance the result lists. */
export const LAGS_LISTED = 20;

/** A timer record that came late within the tolerance. */
export interface Lag {
  readonly claim: string;
  readonly type: string;
  readonly file: number;
  readonly line: number;
  readonly eff: number;
  readonly at: number;
}

/**
 * What the audit counts and lists as it goes: the claims and their verdicts (by rule and by
 * week), the findings, the lines skipped, the late timers. The lists keep the first `LISTED`
 * (the findings: by place in the log, once reading the spill back adds some out of that order).
 */
export class AuditTally {
  claims = 0;
  skippedLines = 0;
  toleranceUsed = 0;
  openAtEnd = 0;
  /** While the spill is read back, findings come out of the log's order: all are kept until `keepFirstFindings`. */
  readingBack = false;
  readonly unknownTypes = new Map<string, number>();
  readonly verdicts: Record<VerdictKind, number> = { conforms: 0, violates: 0, unknown: 0 };
  readonly byRule = new Map<string, number>();
  readonly findings: Record<FindingClass, number> = { duplicate: 0, out_of_order: 0, clock_regression: 0 };
  readonly findingExamples: Finding[] = [];
  readonly violating: ViolatingClaim[] = [];
  readonly unknown: { claim: string; reason: string }[] = [];
  readonly skipped: SkippedLine[] = [];
  readonly byWeek = new Map<string, Record<VerdictKind, number>>();
  lags: Lag[] = [];

  constructor(private readonly files: readonly string[]) {}

  /** A line skipped: counted, and listed up to `LISTED`. */
  skip(s: SkippedLine): void {
    this.skippedLines++;
    if (this.skipped.length < LISTED) this.skipped.push(s);
  }

  finding(cls: FindingClass, claim: string, file: number, line: number, message: string): void {
    this.findings[cls]++;
    if (this.findingExamples.length < LISTED || this.readingBack) this.findingExamples.push({ class: cls, claim, file: this.files[file]!, line, message });
    if (this.findingExamples.length > 4 * LISTED) this.keepFirstFindings();
  }

  /** The findings listed: the first `LISTED` by place in the log (as they are read, when nothing was spilled). */
  keepFirstFindings(): void {
    const index = new Map(this.files.map((f, i) => [f, i]));
    const sorted = this.findingExamples.slice().sort((a, b) => index.get(a.file)! - index.get(b.file)! || a.line - b.line).slice(0, LISTED);
    this.findingExamples.length = 0;
    this.findingExamples.push(...sorted);
  }

  /** A claim's verdict counted: by kind and rule, the violating and unknown claims listed. */
  count(v: ClaimVerdict): void {
    this.verdicts[v.verdict]++;
    this.toleranceUsed += v.toleranceUsed;
    if (v.openAtEnd) this.openAtEnd++;
    if (v.verdict === 'unknown' && this.unknown.length < LISTED) this.unknown.push({ claim: v.claim, reason: v.unknownReason! });
    if (v.verdict !== 'violates') return;
    for (const rule of new Set(v.violations.map((x) => x.rule))) this.byRule.set(rule, (this.byRule.get(rule) ?? 0) + 1);
    if (this.violating.length >= LISTED) return;
    const first = v.violations[0]!;
    const file = (i: number | null): string | null => (i === null ? null : this.files[i]!);
    this.violating.push({
      claim: v.claim,
      rule: first.rule,
      file: file(first.file),
      line: first.line,
      message: first.message,
      violations: v.violations.map((x) => ({ ...x, file: file(x.file) })),
    });
  }

  /** The claim's verdict by the ISO week of its opening, and its timer records that used the tolerance. */
  tally(ctx: JudgeContext, c: OpenClaim, v: ClaimVerdict): void {
    const opened = c.records.find((r) => r.record.type === 'claim_opened');
    if (opened !== undefined) {
      const week = isoWeek(ctx.calendar.dayOf(opened.at));
      const n = this.byWeek.get(week) ?? { conforms: 0, violates: 0, unknown: 0 };
      n[v.verdict]++;
      this.byWeek.set(week, n);
    }
    for (const r of c.records) if (r.eff !== r.at) this.lags.push({ claim: c.id, type: r.record.type, file: r.file, line: r.line, eff: r.eff, at: r.at });
    if (this.lags.length > LAGS_LISTED * 8) this.lags = this.lags.sort(byLag).slice(0, LAGS_LISTED);
  }

  /** A record of a claim already judged: support may be contacted on a closed claim (R3); anything else reopens nothing and violates R3. */
  afterFinish(ctx: JudgeContext, done: Finished, r: { record: LogRecord; file: number; line: number; at: number }): void {
    const hash = hashOf(r.record);
    if (done.keys.includes(hash)) {
      this.finding('duplicate', r.record.claim, r.file, r.line, `${r.record.type} at ${when(ctx, r.at)} repeats a record of the claim already read`);
      return;
    }
    done.keys.push(hash);
    if (r.record.type === 'support_contacted' || done.verdict === 'violates') return;
    if (done.verdict === 'conforms') this.verdicts.conforms--;
    else this.verdicts.unknown--;
    done.verdict = 'violates';
    const message = `R3: the claim closed at ${when(ctx, done.closedAt)}; the log shows ${r.record.type} at ${when(ctx, r.at)} (${place(ctx, r.file, r.line)}), and a closed claim takes no action but support`;
    this.count({ claim: r.record.claim, verdict: 'violates', violations: [{ rule: 'R3', reading: 'replay', file: r.file, line: r.line, message }], unknownReason: null, toleranceUsed: 0, openAtEnd: false });
    const i = this.unknown.findIndex((u) => u.claim === r.record.claim);
    if (i >= 0) this.unknown.splice(i, 1);
  }
}

/** The largest lag first; then by place in the log. */
export function byLag(a: Lag, b: Lag): number {
  return b.at - b.eff - (a.at - a.eff) || a.file - b.file || a.line - b.line;
}
