/** Which reading found a violation: the log's actions replayed through the rules, or the invariant checker over the log's own records. */
export type Reading = 'replay' | 'invariants';

/** One violation on one claim: the rule, where in the log, and what the rules expected. */
export interface AuditViolation {
  /** R1–R21, R10a, R15a, R10-reminder, transitions (the status table), or an invariant I1–I11. */
  readonly rule: string;
  readonly reading: Reading;
  /** The log file (index) and line of the first record that shows it; null when it shows at the log's end. */
  readonly file: number | null;
  readonly line: number | null;
  readonly message: string;
}

export type VerdictKind = 'conforms' | 'violates' | 'unknown';

/** A claim's one verdict. */
export interface ClaimVerdict {
  readonly claim: string;
  readonly verdict: VerdictKind;
  /** Every violation found, the first (lowest line) first. */
  readonly violations: readonly AuditViolation[];
  /** Why the log cannot decide (unknown), or null. */
  readonly unknownReason: string | null;
  /** Timer records of this claim that came late within the tolerance. */
  readonly toleranceUsed: number;
  /** Still open at the log's end (judged on what the log covers). */
  readonly openAtEnd: boolean;
}

/** Orders violations by where they show: file, line; the log's end last. */
export function byPlace(a: AuditViolation, b: AuditViolation): number {
  return (a.file ?? Infinity) - (b.file ?? Infinity) || (a.line ?? Infinity) - (b.line ?? Infinity) || (a.reading === b.reading ? 0 : a.reading === 'replay' ? -1 : 1);
}
