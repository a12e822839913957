import { type ClaimEvent, type InvariantChecker, createInvariantChecker } from '../engine/index.js';
import type { AuditViolation } from './AuditViolation.js';
import type { JudgeContext } from './JudgeContext.js';
import type { LoggedRecord } from './LoggedRecord.js';
import { newTracked, toClaimEvent } from './toClaimEvent.js';

/** Invariants a claim log cannot be judged on: I8 needs the buyer counters a log does not carry; I9 (the log's clock) is the audit's own finding class. */
const NOT_FROM_A_LOG = new Set(['I8', 'I9', 'I10']);

/**
 * The second reading: the independent invariant checker (I1–I7, I11 and the dated changes) over
 * the claim's own records, at their judged instants. A status change and the lapse it causes at
 * the same instant are one decision, as the engine makes them. `until` is the instant the log
 * covers the claim to, for an open claim (its requests must not be left open past it); null for
 * a finished one.
 */
export function invariantReading(ctx: JudgeContext, records: readonly LoggedRecord[], fills: readonly (ClaimEvent | undefined)[], until: number | null): AuditViolation[] {
  const checker = createInvariantChecker(ctx.policy, { keep: 64, recentEvents: 0 });
  const out: AuditViolation[] = [];
  const tracked = newTracked();
  const collect = (from: number, r: LoggedRecord | null): void => {
    for (const v of checker.violations.slice(from)) {
      if (NOT_FROM_A_LOG.has(v.invariant)) continue;
      out.push({ rule: v.invariant, reading: 'invariants', file: r?.file ?? null, line: r?.line ?? null, message: `${v.invariant}: ${v.message}` });
    }
  };
  for (let i = 0; i < records.length; i++) {
    const r = records[i]!;
    const decision = [toClaimEvent(ctx, r, tracked, fills[i])];
    const next = records[i + 1];
    if (r.record.type === 'status_changed' && next?.record.type === 'withdrawal_lapsed' && next.record.cause === 'ineligible_status' && next.eff === r.eff) {
      decision.push(toClaimEvent(ctx, next, tracked, fills[i + 1]));
      i++;
    }
    observe(checker, decision, r, collect);
  }
  if (until !== null) {
    const seen = checker.violations.length;
    checker.finish(until);
    collect(seen, null);
  }
  return out;
}

function observe(checker: InvariantChecker, events: ClaimEvent[], r: LoggedRecord, collect: (from: number, r: LoggedRecord) => void): void {
  const seen = checker.violations.length;
  checker.observe(events);
  collect(seen, r);
}
