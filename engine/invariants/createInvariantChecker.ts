import type { Instant } from '../Calendar.js';
import type { Policy } from '../Policy.js';
import type { StateView } from '../StateView.js';
import type { ClaimEvent, ClaimOpened } from '../ClaimEvent.js';
import { type CheckerContext, addCount, newCheckerContext } from './CheckerContext.js';
import { type ClaimRecord, RECENT_EVENTS, remember } from './ClaimRecord.js';
import { type OnRetime, applyChanges, applyChangesToAll, changesInForce } from './applyChanges.js';
import { foldRecord, withdrawalRow } from './foldRecord.js';
import { INVARIANTS, type InvariantId } from './index.js';
import type { Invariant } from './Invariant.js';
import { isClosedStatus } from './isClosedStatus.js';
import type { InvariantChecker, InvariantCheckerOptions } from './types.js';
import { ViolationLog } from './ViolationLog.js';

type Ctx = CheckerContext<InvariantId>;
type Check = Invariant<InvariantId>;
type OnEvent = (ctx: Ctx, rec: ClaimRecord, e: ClaimEvent) => void;
type Due = NonNullable<Check['due']>;

/** The registered checks' hooks, by when they run, in the registry's order (built once). */
const CHECKS = INVARIANTS as readonly Check[];
const hooks = <K extends 'onEveryEvent' | 'onClaimEvent' | 'afterFold' | 'afterDecision' | 'atEnd' | 'views' | 'forget' | 'onRetime'>(k: K): NonNullable<Check[K]>[] =>
  CHECKS.flatMap((c) => (c[k] === undefined ? [] : [c[k] as NonNullable<Check[K]>]));
const ON_EVERY_EVENT = hooks('onEveryEvent');
const ON_CLAIM_EVENT = hooks('onClaimEvent');
const AFTER_FOLD = hooks('afterFold');
const AFTER_DECISION = hooks('afterDecision');
const AT_END = hooks('atEnd');
const VIEWS = hooks('views');
const FORGET = hooks('forget');
const ON_RETIME = hooks('onRetime');
const DUE: readonly Due[] = CHECKS.flatMap((c) => (c.due === undefined ? [] : [c.due]));

/** What the checks do on one kind of a claim's event, in order: is it the claim's own timer; the due checks; the kind's checks. */
interface Plan {
  readonly timer: ((e: ClaimEvent) => boolean) | null;
  readonly due: readonly Due['check'][];
  readonly on: readonly OnEvent[];
}
type ByKind<T> = { readonly [kind: string]: T | undefined };
function planOf(kind: string): Plan {
  const on = CHECKS.flatMap((c) => (c.on as ByKind<OnEvent> | undefined)?.[kind] ?? []);
  const timers = CHECKS.flatMap((c) => (c.timers as ByKind<(e: ClaimEvent) => boolean> | undefined)?.[kind] ?? []);
  const timer = timers.length === 0 ? null : timers.length === 1 ? timers[0]! : (e: ClaimEvent) => timers.some((t) => t(e));
  return { timer, due: DUE.filter((d) => d.except !== kind).map((d) => d.check), on };
}
/** One plan per kind a check names (built once: an event costs one lookup); any other kind gets every due check and nothing else. */
const NAMED_KINDS = new Set(CHECKS.flatMap((c) => [...Object.keys(c.on ?? {}), ...Object.keys(c.timers ?? {}), ...(c.due?.except ? [c.due.except] : [])]));
const PLANS = new Map<string, Plan>([...NAMED_KINDS].map((kind) => [kind, planOf(kind)]));
const NO_PLAN = planOf('');

/**
 * The invariant checker: a second reading of rules.md over the event log, by the checks
 * registered in index.ts (the features' invariants among them, and the dated changes of R10a and
 * R15a). It never calls the engine's rules or fold; it keeps its own small record per claim and
 * its own counts, computes deadlines, timeouts and cooldown ends itself, and reports each
 * violation with the claim, the instant and the claim's latest events. O(1) per event.
 */
export function createInvariantChecker(policy: Policy, options: InvariantCheckerOptions = {}): InvariantChecker {
  const log = new ViolationLog(options.keep ?? 1000);
  const ctx: Ctx = newCheckerContext(policy, log, options.recentEvents ?? RECENT_EVENTS);
  const onRetime: OnRetime = (rec, at) => {
    for (const check of ON_RETIME) check(ctx, rec, at);
  };
  return {
    observe: (events) => observe(ctx, onRetime, events),
    // The board and the counters are not touched by a dated change: nothing to bring up to date first.
    checkViews: (state: StateView, now: Instant) => {
      for (const check of VIEWS) check(ctx, state, now);
    },
    finish: (now) => {
      applyChangesToAll(ctx, now, onRetime);
      // The due checks run first, then the end checks: so, on one claim, the reminder's late side
      // (I11, a request pending) comes before the overdue request (I3's end check, a request
      // pending), as it does at an event. The notice's late side (I12) is a due check too, so at
      // the end it runs before the overdue request although I3 is registered first: the two
      // never both report one claim, since I12 reports only a claim with no request pending and
      // I3 only one with a request pending, so the swap changes no violation's order.
      for (const rec of ctx.claims.records()) {
        for (const due of DUE) due.check(ctx, rec, now, 'end of the run');
        for (const check of AT_END) check(ctx, rec, now);
      }
    },
    forget: (claimId) => forget(ctx, claimId),
    get violations() {
      return log.kept;
    },
    get counts() {
      return log.counts;
    },
    get total() {
      return log.total;
    },
  };
}

function observe(ctx: Ctx, onRetime: OnRetime, events: readonly ClaimEvent[]): void {
  ctx.decision++;
  // I1 holds between decisions (an advance and the lapse it causes come together): each claim
  // the decision touched is judged once, after all of its events are folded.
  if (events.length === 1) {
    const e = events[0]!;
    const rec = observeEvent(ctx, onRetime, e);
    if (rec !== undefined) afterDecision(ctx, rec, e.at);
    return;
  }
  const touched = events.map((e) => observeEvent(ctx, onRetime, e));
  let last = -1;
  for (let k = 0; k < events.length; k++) {
    const rec = touched[k];
    if (rec === undefined || rec.slot === last) continue;
    afterDecision(ctx, rec, events[k]!.at);
    last = rec.slot;
  }
}

function afterDecision(ctx: Ctx, rec: ClaimRecord, at: Instant): void {
  for (const check of AFTER_DECISION) check(ctx, rec, at);
}

/** Checks and folds one event; returns the record of the claim it touched (none for an order or an unknown claim). */
function observeEvent(ctx: Ctx, onRetime: OnRetime, e: ClaimEvent): ClaimRecord | undefined {
  for (const check of ON_EVERY_EVENT) check(ctx, e);
  if (e.kind === 'OrderPlaced') return undefined;
  if (e.kind === 'ClaimOpened') return open(ctx, e);
  const rec = ctx.claims.get(e.claim);
  // A claim forgotten by a streaming run (or never opened in this log): nothing to check against.
  if (rec === undefined) return undefined;
  const plan = PLANS.get(e.kind) ?? NO_PLAN;
  // The claim's timers due at a change's instant fire before the change takes effect; its other events come after.
  applyChanges(ctx, rec, e.at, onRetime, plan.timer !== null && plan.timer(e));
  remember(rec, e);
  for (const check of ON_CLAIM_EVENT) check(ctx, rec, e);
  for (const due of plan.due) due(ctx, rec, e.at, e.kind);
  for (const check of plan.on) check(ctx, rec, e);
  foldRecord(ctx, rec, e);
  for (const check of AFTER_FOLD) check(ctx, rec, e);
  return rec;
}

function open(ctx: Ctx, e: ClaimOpened): ClaimRecord {
  const old = ctx.claims.get(e.claim);
  if (old !== undefined) {
    remember(old, e);
    for (const check of ON_CLAIM_EVENT) check(ctx, old, e);
    forget(ctx, e.claim);
  }
  // A claim opened at or after a change never had anything in flight at it.
  const rec = ctx.claims.add(e.claim, e.buyer, e.status, changesInForce(ctx, e.at));
  if (isClosedStatus(e.status)) rec.closedInDecision = ctx.decision;
  remember(rec, e);
  addCount(ctx.board, e.status, 1);
  return rec;
}

/**
 * Drops a claim a streaming run has finished with, and its board rows. A request it still
 * had open stays in its buyer's count, as it does in the engine's counter.
 */
function forget(ctx: Ctx, claimId: string): void {
  const rec = ctx.claims.get(claimId);
  if (rec === undefined) return;
  addCount(ctx.board, rec.status, -1);
  const row = withdrawalRow(rec.withdrawal);
  if (row !== null) addCount(ctx.board, row, -1);
  ctx.claims.delete(claimId);
  ctx.cooldownEnds.delete(claimId);
  for (const check of FORGET) check(ctx, claimId);
}

