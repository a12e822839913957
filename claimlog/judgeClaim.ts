import { type AuditViolation, type ClaimVerdict, byPlace } from './AuditViolation.js';
import { type JudgeContext, place } from './JudgeContext.js';
import { type LoggedRecord, byJudgedOrder } from './LoggedRecord.js';
import { invariantReading } from './invariantReading.js';
import { replayReading } from './replayReading.js';

/** A claim's records as the audit gathered them, and what it already knows of the claim. */
export interface GatheredClaim {
  readonly id: string;
  readonly records: LoggedRecord[];
  /** Why the log cannot decide the claim (a record of it could not be read), or null. */
  unknownReason: string | null;
  /** Where that unreadable record is: a violation shown before it still stands. */
  unreadable: { readonly file: number; readonly line: number } | null;
}

/**
 * One verdict for one claim, from both readings: the replay through the rules and the
 * invariant checker. `end` is the log's end for a claim still open there, null for a finished
 * one. Violations decide (violates, even when the log is also cut off); then anything that
 * keeps the log from deciding (unknown); otherwise the claim conforms.
 */
export function judgeClaim(ctx: JudgeContext, claim: GatheredClaim, end: number | null): ClaimVerdict {
  const records = claim.records.slice().sort(byJudgedOrder);
  const openAtEnd = end !== null;
  const first = records[0];
  if (first === undefined || first.record.type !== 'claim_opened') {
    const reason = first === undefined ? claim.unknownReason! : `opened before the log starts (its first record, ${place(ctx, first.file, first.line)}, is ${first.record.type})`;
    return { claim: claim.id, verdict: 'unknown', violations: [], unknownReason: reason, toleranceUsed: 0, openAtEnd };
  }
  const replay = replayReading(ctx, records, end);
  const invariants = invariantReading(ctx, records, replay.events, end === null ? null : Math.max(end - ctx.tolerance, records[records.length - 1]!.eff));
  const u = claim.unreadable;
  // After a record that could not be read, the log's story of the claim has a hole: only what shows before it decides.
  const violations: AuditViolation[] = [...replay.violations, ...invariants]
    .filter((v) => u === null || (v.file !== null && v.line !== null && (v.file < u.file || (v.file === u.file && v.line < u.line))))
    .sort(byPlace);
  const unknownReason = claim.unknownReason ?? (replay.cutOff === null ? null : `cut off by the log's end: ${replay.cutOff}`);
  const verdict = violations.length > 0 ? 'violates' : unknownReason !== null ? 'unknown' : 'conforms';
  return { claim: claim.id, verdict, violations, unknownReason, toleranceUsed: replay.toleranceUsed, openAtEnd };
}
