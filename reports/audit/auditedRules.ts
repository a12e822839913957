import { INVARIANT_IDS } from '../../engine/index.js';

/**
 * The rules the audit judges a log on (claimlog/refusalRule.ts, claimlog/systemRecords.ts,
 * claimlog/replayReading.ts): the refusals an action can meet, what the clock and the rules
 * write on their own, and the values a record shows: R8 by the action a record says was
 * submitted, R17 by the status a claim was reported in, R18 by the instant it shows as delayed
 * (the trace fields of docs/claim-log.md). R19 (search and export) is not about one claim's log.
 */
export const AUDITED_RULES: readonly string[] = [
  'R1', 'R2', 'R3', 'R4', 'R5', 'R6', 'R7', 'R8', 'R9', 'R10', 'R10a', 'R10-reminder', 'R11', 'R12', 'R13', 'R14', 'R15', 'R15a', 'R16', 'R17', 'R18', 'R20', 'R21', 'transitions',
];

/** Invariants a log cannot be judged on (claimlog/invariantReading.ts): I9 is the audit's own finding class, I10 is the replay itself. I8 is judged on the buyer's counter a record shows. */
const NOT_FROM_A_LOG = new Set<string>(['I9', 'I10']);

/** The invariants the audit's second reading checks: I1–I8, I11 and I12. */
export const AUDITED_INVARIANTS: readonly string[] = INVARIANT_IDS.filter((i) => !NOT_FROM_A_LOG.has(i));

/** Every rule and invariant the audit checks, then any other a result names (so none is dropped), in that order. */
export function auditedChecks(named: Iterable<string>): string[] {
  const known = [...AUDITED_RULES, ...AUDITED_INVARIANTS];
  const extra = [...new Set(named)].filter((r) => !known.includes(r)).sort();
  return [...known, ...extra];
}
