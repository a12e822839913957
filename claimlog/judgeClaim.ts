import { type AuditViolation, type ClaimVerdict, byPlace } from './AuditViolation.js';
import { type JudgeContext, place } from './JudgeContext.js';
import { type LoggedRecord, byJudgedOrder } from './LoggedRecord.js';
import { invariantReading } from './invariantReading.js';
import { replayReading } from './replayReading.js';

/** How many claims are judged together (one engine and one checker for them all). */
export const BATCH = 512;

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
 * One verdict for each claim, from both readings: the replay through the rules and the
 * invariant checker, run once over the batch. `end` is the log's end for claims still open
 * there, null for finished ones. Violations decide (violates, even when the log is also cut
 * off); then anything that keeps the log from deciding (unknown); otherwise the claim conforms.
 */
export function judgeClaims(ctx: JudgeContext, claims: readonly GatheredClaim[], end: number | null): ClaimVerdict[] {
  const openAtEnd = end !== null;
  const verdicts = new Map<string, ClaimVerdict>();
  const judged = new Map<string, readonly LoggedRecord[]>();
  for (const c of claims) {
    // A claim's records mostly come in judged order already: sorted (a copy) only when they do not.
    const records = inJudgedOrder(c.records) ? c.records : c.records.slice().sort(byJudgedOrder);
    const first = records[0];
    if (first === undefined || first.record.type !== 'claim_opened') {
      const reason = first === undefined ? c.unknownReason! : `opened before the log starts (its first record, ${place(ctx, first.file, first.line)}, is ${first.record.type})`;
      verdicts.set(c.id, { claim: c.id, verdict: 'unknown', violations: [], unknownReason: reason, toleranceUsed: 0, openAtEnd });
    } else judged.set(c.id, records);
  }
  if (judged.size > 0) {
    const batch = { claims: judged, records: [...judged.values()].flat().sort(byJudgedOrder) };
    const replay = replayReading(ctx, batch, end);
    const invariants = invariantReading(ctx, batch, replay.fills, end === null ? null : end - ctx.tolerance);
    for (const c of claims) {
      if (!judged.has(c.id)) continue;
      const r = replay.results.get(c.id)!;
      const u = c.unreadable;
      // After a record that could not be read, the log's story of the claim has a hole: only what shows before it decides.
      const found = invariants.get(c.id)!;
      // Most claims have none: no arrays made for them.
      const violations: AuditViolation[] =
        r.violations.length + found.length === 0
          ? []
          : [...r.violations, ...found].filter((v) => u === null || (v.file !== null && v.line !== null && (v.file < u.file || (v.file === u.file && v.line < u.line)))).sort(byPlace);
      const unknownReason = c.unknownReason ?? (r.cutOff === null ? null : `cut off by the log's end: ${r.cutOff}`);
      const verdict = violations.length > 0 ? 'violates' : unknownReason !== null ? 'unknown' : 'conforms';
      verdicts.set(c.id, { claim: c.id, verdict, violations, unknownReason, toleranceUsed: r.toleranceUsed, openAtEnd });
    }
  }
  return claims.map((c) => verdicts.get(c.id)!);
}

/** Whether the records are in judged order (`byJudgedOrder`) as they are. */
function inJudgedOrder(records: readonly LoggedRecord[]): boolean {
  for (let i = 1; i < records.length; i++) if (byJudgedOrder(records[i - 1]!, records[i]!) > 0) return false;
  return true;
}
