import { type ClaimEvent, Engine, decide, formatDay, policyInForce } from '../engine/index.js';
import type { AuditViolation } from './AuditViolation.js';
import { type JudgeContext, place, when } from './JudgeContext.js';
import type { LoggedRecord } from './LoggedRecord.js';
import { parseIsoDate, parseIsoInstant } from './parseIsoInstant.js';
import { refusalRule } from './refusalRule.js';
import { judgeRefusedAction } from './refusedAction.js';
import { judgeShownValues } from './shownValues.js';
import { type SystemEvent, expectedInstead, isSystemEvent, isTimerEvent, shows, systemRule } from './systemRecords.js';
import { toCommands } from './toCommands.js';

/** What the replay reading found on one claim. */
export interface ReplayResult {
  readonly violations: AuditViolation[];
  /** Timer records that came late within the tolerance. */
  toleranceUsed: number;
  /** Why the log's end cuts the claim off (a timer due within the tolerance of it), or null. */
  cutOff: string | null;
}

/** Claims judged together: each claim's records in judged order (the first opening it), and every record of them in judged order. */
export interface ClaimBatch {
  readonly claims: ReadonlyMap<string, readonly LoggedRecord[]>;
  readonly records: readonly LoggedRecord[];
}

/**
 * The first reading: the claims' actions (records with an actor) replayed through the engine
 * at their instants, and what the rules produce on their own (timeouts, lapses, reminders,
 * re-timings) diffed against the log's records of them. One engine judges a batch of claims
 * (they share no rule: each is its own order and claim). `end` is the log's end for claims still
 * open then (timers due by `end − tolerance` must show; due later, the claim is cut off), or null
 * for finished claims. Returns each claim's result, and the rules' own event for each record
 * they produced one for (`fills`).
 */
export function replayReading(ctx: JudgeContext, batch: ClaimBatch, end: number | null): { results: Map<string, ReplayResult>; fills: Map<LoggedRecord, ClaimEvent> } {
  const results = new Map<string, ReplayResult>();
  const pending = new Map<string, SystemEvent[]>();
  for (const id of batch.claims.keys()) {
    results.set(id, { violations: [], toleranceUsed: 0, cutOff: null });
    pending.set(id, []);
  }
  const fills = new Map<LoggedRecord, ClaimEvent>();
  // The record of the action that caused a lapse (R16): a missing lapse is named at its line.
  const causes = new Map<SystemEvent, LoggedRecord>();
  const engine = new Engine({ policy: ctx.policy, start: batch.records[0]!.eff });
  // R6: each event's step of its buyer's pending-withdrawal counter, by the rules (the claim counts while its withdrawal is requested).
  const requested = new Set<string>();
  const steps: Steps = new WeakMap();
  engine.subscribe((events) => {
    for (const e of events) {
      if (isSystemEvent(e)) pending.get(e.claim)?.push(e);
      if ('pendingWithdrawals' in e) {
        const now = e.kind === 'WithdrawalRequested';
        steps.set(e, (now ? 1 : 0) - (requested.has(e.claim) ? 1 : 0));
        if (now) requested.add(e.claim);
        else requested.delete(e.claim);
      }
    }
  });
  const report = (claim: string, rule: string, r: LoggedRecord | null, message: string): void => {
    results.get(claim)!.violations.push({ rule, reading: 'replay', file: r?.file ?? null, line: r?.line ?? null, message: `${rule}: ${message}` });
  };
  for (const r of batch.records) {
    const claimId = r.record.claim;
    const mine = pending.get(claimId)!;
    if (r.eff > engine.now) engine.advanceTo(r.eff);
    // What the rules produced before this record (or at its instant, for an action: timers come first) and the log did not show.
    for (let k = 0; k < mine.length; ) {
      const p = mine[k]!;
      if (!(p.at < r.eff || (p.at === r.eff && r.rank === 1 && isTimerEvent(p)))) {
        k++;
        continue;
      }
      mine.splice(k, 1);
      const { rule, what } = systemRule(p);
      const cause = causes.get(p);
      if (cause !== undefined) report(claimId, rule, cause, lapseMissing(ctx, cause));
      else if (!fills.has(r) && shows(r.record, p)) {
        fills.set(r, p);
        report(claimId, rule, r, `${what} due at ${when(ctx, p.at)}; the log shows it at ${when(ctx, r.at)} (${place(ctx, r.file, r.line)}), later than the tolerance`);
      } else {
        report(claimId, rule, r, `${what} due at ${when(ctx, p.at)}; the log shows none until ${when(ctx, r.at)} (${place(ctx, r.file, r.line)})`);
      }
    }
    if (fills.has(r)) continue;
    const commands = toCommands(r.record);
    if (commands === null) {
      system(ctx, engine, mine, claimId, r, fills, steps, results.get(claimId)!, report);
      continue;
    }
    if (r.record.type === 'action_refused') {
      judgeRefusedAction(ctx, decide, engine.view, engine.now, r.record, commands, `${when(ctx, r.at)} (${place(ctx, r.file, r.line)})`, (rule, message) => report(claimId, rule, r, message));
      continue;
    }
    for (const command of commands) {
      if (command.kind === 'PlaceOrder' && engine.view.order(command.order) !== undefined) continue;
      const claim = engine.view.claim(claimId);
      const d = engine.execute(command, r.eff);
      if (!d.ok) {
        const rule = refusalRule(d.refusal, command, claim);
        report(claimId, rule, r, `the log shows ${r.record.type} at ${when(ctx, r.at)} (${place(ctx, r.file, r.line)}); the rules refuse it (${d.refusal.code}): ${d.refusal.message}`);
        break;
      }
      for (const e of d.events) if (isSystemEvent(e)) causes.set(e, r);
      const primary = d.events.find((e) => !isSystemEvent(e) && e.kind !== 'OrderPlaced');
      if (primary !== undefined) fills.set(r, primary);
    }
    shownFields(ctx, claimId, r, fills.get(r), steps, report);
  }
  // The end: what was due by each claim's last record (finished) or by the log's end less the tolerance (open) and never showed.
  const untilOf = (records: readonly LoggedRecord[]): number => {
    const last = records[records.length - 1]!.eff;
    return end === null ? last : Math.max(end - ctx.tolerance, last);
  };
  const latest = Math.max(...[...batch.claims.values()].map(untilOf));
  if (latest > engine.now) engine.advanceTo(latest);
  for (const [id, records] of batch.claims) {
    const until = untilOf(records);
    for (const p of pending.get(id)!.splice(0)) {
      if (p.at > until) continue;
      const { rule, what } = systemRule(p);
      const cause = causes.get(p);
      if (cause !== undefined) report(id, rule, cause, lapseMissing(ctx, cause));
      else report(id, rule, null, `${what} due at ${when(ctx, p.at)}; the log shows none${end === null ? '' : ` by its end at ${when(ctx, end)}`}`);
    }
  }
  if (end !== null && end > engine.now) {
    engine.advanceTo(end);
    for (const [id, mine] of pending) {
      const p = mine[0];
      if (p !== undefined) results.get(id)!.cutOff = `its ${systemRule(p).what} is due at ${when(ctx, p.at)}, within the tolerance of the log's end at ${when(ctx, end)}`;
    }
  }
  return { results, fills };
}

/** Reports a violation of `rule` on the claim, at the record (or none), with the message. */
type Report = (claim: string, rule: string, r: LoggedRecord | null, message: string) => void;
type Steps = WeakMap<ClaimEvent, number>;

/** R16: an action left the claim in a status not eligible with a withdrawal open, and the log shows no lapse. */
function lapseMissing(ctx: JudgeContext, cause: LoggedRecord): string {
  const to = cause.record.type === 'status_changed' ? `the status change to ${cause.record.to}` : `the ${cause.record.type}`;
  return `${to} at ${when(ctx, cause.at)} (${place(ctx, cause.file, cause.line)}) leaves a withdrawal open in a status that is not eligible: it lapses then; the log shows no lapse`;
}

/** A record the clock or the rules write: it must show an event the rules produced at its judged instant. */
function system(ctx: JudgeContext, engine: Engine, pending: SystemEvent[], claimId: string, r: LoggedRecord, fills: Map<LoggedRecord, ClaimEvent>, steps: Steps, out: ReplayResult, report: Report): void {
  const k = pending.findIndex((p) => p.at === r.eff && shows(r.record, p));
  if (k < 0) {
    const { rule, what } = systemRule(r.record);
    const claim = engine.view.claim(r.record.claim);
    const expected = expectedInstead(r.record, claim, (t) => when(ctx, t), policyInForce(ctx.policy, r.eff).autoWithdrawOnTimeout);
    report(claimId, rule, r, `the log shows ${/^[aeiou]/.test(what) ? 'an' : 'a'} ${what} at ${when(ctx, r.at)} (${place(ctx, r.file, r.line)}); ${expected}`);
    return;
  }
  const p = pending.splice(k, 1)[0]!;
  fills.set(r, p);
  if (r.at > r.eff) out.toleranceUsed++;
  shownFields(ctx, claimId, r, p, steps, report);
}

/** The values a record shows (a deadline, a cooldown's end, the status left) against the rules' own event. */
function shownFields(ctx: JudgeContext, claimId: string, r: LoggedRecord, e: ClaimEvent | undefined, steps: Steps, report: Report): void {
  if (e === undefined) return;
  const rec = r.record;
  // Only a message pays for formatting an instant.
  const at = (): string => `${when(ctx, r.at)} (${place(ctx, r.file, r.line)})`;
  judgeShownValues(rec, e, steps.get(e), at, (t) => when(ctx, t), (rule, message) => report(claimId, rule, r, message));
  if ('deadline' in rec && typeof rec.deadline === 'string' && 'deadline' in e && parseIsoDate(rec.deadline) !== e.deadline) {
    const rule = e.kind === 'WithdrawalRequested' ? (e.reRequest ? 'R11' : 'R6') : systemRule(rec).rule;
    report(claimId, rule, r, `the ${rec.type} at ${at()} shows the deadline ${rec.deadline}; the rules give ${formatDay(e.deadline)}`);
  }
  if ((rec.type === 'withdrawal_rejected' || rec.type === 'withdrawal_cancelled') && rec.cooldownUntil !== undefined && 'cooldownUntil' in e) {
    const shown = rec.cooldownUntil === null ? null : parseIsoInstant(rec.cooldownUntil);
    if (shown !== e.cooldownUntil) {
      const show = (t: number | null): string => (t === null ? 'no cooldown' : when(ctx, t));
      report(claimId, e.kind === 'WithdrawalRejected' ? 'R12' : 'R15', r, `the ${rec.type} at ${at()} sets ${show(shown)}; the rules give ${show(e.cooldownUntil)}`);
    }
  }
  if (rec.type === 'status_changed' && rec.from !== undefined && e.kind === 'ClaimAdvanced' && rec.from !== e.from) {
    report(claimId, 'transitions', r, `the status change at ${at()} leaves ${rec.from}; by the log's own records the claim was ${e.from}`);
  }
}
