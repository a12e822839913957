import type { AuditViolation, VerdictKind } from './AuditViolation.js';

/** A data finding about the log itself, not the rules: a repeated record, a claim's lines out of order, the log's clock going back. */
export type FindingClass = 'duplicate' | 'out_of_order' | 'clock_regression';
export const FINDING_CLASSES: readonly FindingClass[] = ['duplicate', 'out_of_order', 'clock_regression'];

export interface Finding {
  readonly class: FindingClass;
  readonly claim: string;
  readonly file: string;
  readonly line: number;
  readonly message: string;
}

/** A line the audit could not read, and why. */
export interface SkippedLine {
  readonly file: string;
  readonly line: number;
  readonly problem: string;
}

/** A claim that violates, as the report lists it: its first violation, then all it found. */
export interface ViolatingClaim {
  readonly claim: string;
  readonly rule: string;
  readonly file: string | null;
  readonly line: number | null;
  readonly message: string;
  readonly violations: readonly (Omit<AuditViolation, 'file'> & { readonly file: string | null })[];
}

/** What `claimsim audit` found: machine-readable, the same bytes for the same logs and options. */
export interface AuditResult {
  readonly format: 'claimsim-audit';
  readonly version: 1;
  readonly logs: readonly string[];
  readonly policy: { readonly source: 'option' | 'header' | 'default'; readonly timezone: string; readonly value: Record<string, unknown> };
  /** --tolerance, in milliseconds. */
  readonly toleranceMs: number;
  /** The instants the log covers: the header's until, or the latest record's instant. */
  readonly period: { readonly from: string | null; readonly until: string | null };
  readonly lines: number;
  /** Set when the audit was interrupted (SIGINT/SIGTERM): the result covers the lines read so far, as if the log ended there. */
  readonly interrupted?: { readonly signal: 'SIGINT' | 'SIGTERM'; readonly afterLines: number };
  readonly records: number;
  readonly skippedLines: number;
  readonly unknownRecordTypes: Readonly<Record<string, number>>;
  readonly claims: number;
  readonly verdicts: Readonly<Record<VerdictKind, number>>;
  /** Claims still open at the log's end (judged on what it covers; counted in their verdict). */
  readonly openAtEnd: number;
  /** Timer records that came after their instant, within the tolerance. */
  readonly toleranceUsed: number;
  /** Claims per rule (or invariant) they violate, either reading. */
  readonly violationsByRule: Readonly<Record<string, number>>;
  readonly findings: Readonly<Record<FindingClass, number>>;
  /** The first violating claims by place in the log (at most `limits.listed`). */
  readonly violating: readonly ViolatingClaim[];
  readonly unknown: readonly { readonly claim: string; readonly reason: string }[];
  readonly findingExamples: readonly Finding[];
  readonly skipped: readonly SkippedLine[];
  readonly limits: { readonly listed: number };
  /** Verdicts by the ISO week (in the policy's zone) of the claim's opening, `2024-W32`, in week order; claims the log never shows opened are not counted. */
  readonly byWeek: Readonly<Record<string, Readonly<Record<VerdictKind, number>>>>;
  /** The timer records that came latest within the tolerance (at most `limits.lags`), the largest lag first. */
  readonly slowestTimers: readonly TimerLag[];
}

/** A timer record judged at an earlier timer instant (it used the tolerance): how late it came. */
export interface TimerLag {
  readonly claim: string;
  readonly type: string;
  readonly file: string;
  readonly line: number;
  /** The instant it is judged at, and the instant it carries, in the policy's zone. */
  readonly due: string;
  readonly at: string;
  readonly lagMs: number;
}
