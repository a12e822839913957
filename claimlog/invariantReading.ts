import { type ClaimEvent, createInvariantChecker } from '../engine/index.js';
import type { AuditViolation } from './AuditViolation.js';
import { type JudgeContext, place } from './JudgeContext.js';
import type { LoggedRecord } from './LoggedRecord.js';
import type { ClaimBatch } from './replayReading.js';
import { type Tracked, newTracked, toClaimEvent } from './toClaimEvent.js';

/** Invariants the checker cannot judge from a log: I8 needs every claim of a buyer (the step a record shows is judged below instead); I9 (the log's clock) is the audit's own finding class. */
const NOT_FROM_A_LOG = new Set(['I8', 'I9', 'I10']);

/**
 * The second reading: the independent invariant checker (I1–I7, I11, I12 and the dated changes) over
 * the claims' own records, at their judged instants. A status change and the lapse it causes at
 * the same instant are one decision, as the engine makes them. `until` is the instant the log
 * covers open claims to (their requests must not be left open past it); null for finished claims.
 * Each claim's violations, by claim.
 */
export function invariantReading(ctx: JudgeContext, batch: ClaimBatch, fills: ReadonlyMap<LoggedRecord, ClaimEvent>, until: number | null): Map<string, AuditViolation[]> {
  const checker = createInvariantChecker(ctx.policy, { keep: Number.MAX_SAFE_INTEGER, recentEvents: 0 });
  const out = new Map<string, AuditViolation[]>([...batch.claims.keys()].map((id) => [id, []]));
  const tracked = new Map<string, Tracked>();
  const lapseWith = new Map<LoggedRecord, LoggedRecord>();
  for (const records of batch.claims.values()) {
    records.forEach((r, i) => {
      const next = records[i + 1];
      if (r.record.type === 'status_changed' && next?.record.type === 'withdrawal_lapsed' && next.record.cause === 'ineligible_status' && next.eff === r.eff) lapseWith.set(r, next);
    });
  }
  const joined = new Set(lapseWith.values());
  let seen = 0;
  const collect = (r: LoggedRecord | null): void => {
    const all = checker.violations;
    for (let i = seen; i < all.length; i++) {
      const v = all[i]!;
      if (NOT_FROM_A_LOG.has(v.invariant) || v.claim === null) continue;
      out.get(v.claim)?.push({ rule: v.invariant, reading: 'invariants', file: r?.file ?? null, line: r?.line ?? null, message: `${v.invariant}: ${v.message}` });
    }
    seen = checker.violations.length;
  };
  // The buyer's counter a log does not carry, counted from the log's own records, so that the checker's I8 has nothing to say.
  const buyers = new Map<string, string>();
  const requested = new Map<string, number>();
  const before = new Map<string, boolean>();
  const counted = (e: ClaimEvent, r: LoggedRecord, t: Tracked): ClaimEvent => {
    if (r.record.type === 'claim_opened') buyers.set(r.record.claim, r.record.buyer);
    const buyer = buyers.get(r.record.claim) ?? '';
    const was = before.get(r.record.claim) ?? false;
    const now = t.withdrawal === 'requested';
    before.set(r.record.claim, now);
    shownCounter(ctx, r, (now ? 1 : 0) - (was ? 1 : 0), out.get(r.record.claim));
    const n = (requested.get(buyer) ?? 0) + (now === was ? 0 : now ? 1 : -1);
    requested.set(buyer, n);
    return 'pendingWithdrawals' in e ? { ...e, pendingWithdrawals: n } : e;
  };
  for (const r of batch.records) {
    if (joined.has(r) || r.record.type === 'action_refused') continue;
    let t = tracked.get(r.record.claim);
    if (t === undefined) tracked.set(r.record.claim, (t = newTracked()));
    const decision = [counted(toClaimEvent(ctx, r, t, fills.get(r)), r, t)];
    const lapse = lapseWith.get(r);
    if (lapse !== undefined) decision.push(counted(toClaimEvent(ctx, lapse, t, fills.get(lapse)), lapse, t));
    checker.observe(decision);
    collect(r);
  }
  if (until !== null) {
    checker.finish(until);
    collect(null);
  }
  return out;
}

/**
 * I8, as far as one claim's records go: a record that shows the buyer's counter before and after
 * must move it by the claim's own step, from the log's own records (+1 when its withdrawal
 * becomes requested, −1 when it stops being requested, 0 otherwise).
 */
function shownCounter(ctx: JudgeContext, r: LoggedRecord, step: number, out: AuditViolation[] | undefined): void {
  const f = r.record as Record<string, unknown>;
  const before = f['buyerPendingBefore'];
  const after = f['buyerPending'];
  if (out === undefined || typeof before !== 'number' || typeof after !== 'number' || after - before === step) return;
  out.push({ rule: 'I8', reading: 'invariants', file: r.file, line: r.line, message: `I8: the ${r.record.type} (${place(ctx, r.file, r.line)}) shows the buyer's counter going from ${before} to ${after}; by the log's own records the claim moves it by ${step}` });
}
