import type { Policy } from './Policy.js';
import { type State, emptyState } from './State.js';
import { type StateView, viewOf } from './StateView.js';
import { TimerLoopError, VirtualClock, type TimerId } from './VirtualClock.js';
import { type Decide, decide as realDecide } from './decide.js';
import { evictClaim, evolve } from './evolve.js';
import { checkReplay } from './invariants/checkReplay.js';
import { changeInstants, policyInForce } from './policyInForce.js';
import type { InvariantChecker, Violation } from './invariants/types.js';
import type { ClaimEvent, Command, Day, Decision, Instant, RemindBuyer } from './types.js';

/**
 * A driver's action on the engine's clock: `run` is called when it falls due, with the code
 * it was scheduled with. A driver with many pending actions schedules itself with a code per
 * action (which claim, which move) instead of allocating a closure or a record per action.
 */
export interface ScheduledAction {
  run(engine: Engine, code: number): void;
  /** The claim an action's code is about, to name it if the action loops (see `MAX_FIRINGS_PER_ADVANCE`). */
  loopingClaim?(code: number): string | undefined;
}

/**
 * The run-to-completion cap: at most this many timers (deadlines and actions) fire in one
 * `advanceTo`. A population run advances one arrival or one simulated day at a time, which
 * fires far fewer (about 5 per claim, and a day of a 10^6-claim run holds under 10^5); more
 * means a timer that keeps scheduling itself, and the advance stops with an error naming its claim.
 */
export const MAX_FIRINGS_PER_ADVANCE = 10_000_000;

/**
 * What the engine's clock holds: a claim's id for that claim's response deadline (R10; the
 * clock's number beside it is the request), or an action: a reminder (see `scheduleReminder`),
 * a dated change, or an action scheduled by a driver.
 */
export type EngineTimer = string | ScheduledAction;

export type EventListener = (events: readonly ClaimEvent[], engine: Engine) => void;

export interface EngineOptions {
  readonly policy: Policy;
  /** The clock's first instant. */
  readonly start: Instant;
  /** The rules; tests and fault mutants pass another through this seam. */
  readonly decide?: Decide;
  /** Keep every event for `events()` (scenarios, replay); off for large simulations. */
  readonly keepLog?: boolean;
  readonly onEvents?: EventListener;
  /** The run-to-completion cap, 1 to 2^53 − 1 (default `MAX_FIRINGS_PER_ADVANCE`). */
  readonly maxFiringsPerAdvance?: number;
}

export interface EngineStats {
  events: number;
  refusals: number;
  staleTimers: number;
}

/** Deadline timers fire before any action dated the same instant (rules.md, day counting). */
const DEADLINE_PRIORITY = 0;
const ACTION_PRIORITY = 1;

/**
 * The rules on a virtual clock: `execute(command, at)` moves the clock (firing due
 * deadlines), decides, and folds the events into the state. Deterministic: it reads no
 * wall clock and no randomness; the same commands at the same instants give the same log.
 */
export class Engine {
  /** The policy as given, with its dated changes; `policyAt` reads the one in force. */
  readonly policy: Policy;
  private readonly held: State = emptyState();
  /** The claims, orders and counters, read-only: the rules' own reading of the state. */
  readonly view: StateView = viewOf(this.held);
  private readonly clock: VirtualClock<EngineTimer>;
  private readonly log: ClaimEvent[] = [];
  readonly stats: EngineStats = { events: 0, refusals: 0, staleTimers: 0 };
  private readonly decideFn: Decide;
  private readonly keepLog: boolean;
  private readonly listeners: EventListener[] = [];
  private readonly maxFirings: number;
  /** The claim of the latest event folded: what an action that loops was last doing. */
  private lastClaim: string | undefined;
  private readonly fire = (timer: EngineTimer, _due: Instant, aux: number): void => this.onTimer(timer, aux);

  constructor(options: EngineOptions) {
    this.policy = options.policy;
    this.clock = new VirtualClock(options.start);
    this.decideFn = options.decide ?? realDecide;
    this.keepLog = options.keepLog ?? false;
    if (options.onEvents) this.listeners.push(options.onEvents);
    this.maxFirings = options.maxFiringsPerAdvance ?? MAX_FIRINGS_PER_ADVANCE;
    if (!Number.isSafeInteger(this.maxFirings) || this.maxFirings < 1) {
      throw new Error(`maxFiringsPerAdvance must be an integer from 1 to ${Number.MAX_SAFE_INTEGER}, got ${this.maxFirings}`);
    }
    this.scheduleChanges(options.start);
  }

  /** The policy in force at `at` (docs/rules.md, dated changes). */
  policyAt(at: Instant): Policy {
    return policyInForce(this.policy, at);
  }

  get now(): Instant {
    return this.clock.now;
  }

  /** The events kept so far (all of them with `keepLog`, none without). */
  events(): readonly ClaimEvent[] {
    return this.log;
  }

  /** I8 at a checkpoint: the checker compares the engine's board and counters with its own counts. */
  checkViews(checker: InvariantChecker): void {
    checker.checkViews(this.view, this.clock.now);
  }

  /** I10: replaying the kept log rebuilds this engine's state (a run that kept its log and evicted nothing). */
  checkReplay(): Violation[] {
    return checkReplay(this.log, this.held);
  }

  /** Adds a listener called with each accepted decision's events (checker, writers, summaries). */
  subscribe(listener: EventListener): void {
    this.listeners.push(listener);
  }

  /**
   * Moves the clock to t, firing every deadline and scheduled action due by then. More than
   * the run-to-completion cap of timers in one advance throws, naming the claim of the timer.
   */
  advanceTo(t: Instant): void {
    try {
      this.clock.advanceTo(t, this.fire, this.maxFirings);
    } catch (err) {
      if (!(err instanceof TimerLoopError)) throw err;
      const timer = err.payload as EngineTimer;
      const claim = typeof timer === 'string' ? timer : (timer.loopingClaim?.(err.aux) ?? this.lastClaim);
      const what = typeof timer === 'string' ? 'its response deadline' : 'an action scheduled for it';
      throw new Error(
        `more than ${this.maxFirings} timers fired moving the clock to ${t}; still firing at ${err.due}: ${what}, claim ${claim ?? '(none yet)'}. A timer that keeps scheduling itself?`,
      );
    }
  }

  /** Moves the clock to `at` (default: now), then decides and applies `command`. */
  execute(command: Command, at: Instant = this.clock.now): Decision {
    if (at !== this.clock.now) this.advanceTo(at);
    const decision = this.decideFn(this.view, command, this.clock.now, this.policyAt(this.clock.now));
    if (decision.ok) this.apply(decision.events);
    else this.stats.refusals++;
    return decision;
  }

  /**
   * Schedules `action.run(engine, code)` at `at`; it runs after any
   * deadline due at the same instant.
   */
  scheduleAction(at: Instant, action: ScheduledAction, code = 0): TimerId {
    return this.clock.schedule(at, action, ACTION_PRIORITY, code);
  }

  /** Arms the response-deadline timer of a claim's request (done for every WithdrawalRequested; also for replaying a log). */
  scheduleDeadline(claimId: string, request: number, at: Instant): TimerId {
    return this.clock.schedule(at, claimId, DEADLINE_PRIORITY, request);
  }

  /**
   * Arms the reminder timer of a claim's request (policy `reminderDaysBeforeDeadline`; done for
   * every WithdrawalRequested and DeadlineRetimed that carries `remindAt`). It shares the
   * deadline's priority: a reminder due at an instant is sent before any action dated then. It
   * names the deadline it reminds of, so that a reminder of a deadline since re-timed (R10a) is
   * stale. An object per reminder: only a policy with reminders pays for it.
   */
  scheduleReminder(claimId: string, request: number, deadline: Day, at: Instant): TimerId {
    const remind: ScheduledAction = { run: () => this.remind({ kind: 'RemindBuyer', claim: claimId, request, deadline }), loopingClaim: () => claimId };
    return this.clock.schedule(at, remind, DEADLINE_PRIORITY, 0);
  }

  private remind(command: RemindBuyer): void {
    const now = this.clock.now;
    const d = this.decideFn(this.view, command, now, this.policyAt(now));
    if (d.ok && d.events.length > 0) this.apply(d.events);
    else this.stats.staleTimers++;
  }

  /**
   * Folds a past event in, as if it had just been decided (a log replayed into a live engine,
   * or a test's given state): kept, and its deadline armed; listeners are not called.
   */
  replayEvent(event: ClaimEvent): void {
    this.advanceTo(event.at);
    this.fold(event);
  }

  /** Removes a claim that a streaming run has finished with (see `evictClaim`). */
  evict(claimId: string): void {
    evictClaim(this.held, claimId);
  }

  private apply(events: readonly ClaimEvent[]): void {
    if (events.length === 0) return;
    for (const e of events) this.fold(e);
    this.stats.events += events.length;
    for (const l of this.listeners) l(events, this);
  }

  private fold(e: ClaimEvent): void {
    evolve(this.held, e);
    if (e.kind !== 'OrderPlaced') this.lastClaim = e.claim;
    if (this.keepLog) this.log.push(e);
    if (e.kind === 'WithdrawalRequested' || e.kind === 'DeadlineRetimed') {
      this.scheduleDeadline(e.claim, e.request, e.timeoutAt);
      // A valid policy puts the reminder after the request's date (and a re-timed one after the
      // change); one promised earlier (rules under test) is sent at once, for the checker (I11) to see.
      if (e.remindAt !== undefined) this.scheduleReminder(e.claim, e.request, e.deadline, Math.max(e.remindAt, this.clock.now));
    }
  }

  /**
   * Each dated change not before the start takes effect on the clock: after the deadlines due
   * at its instant, before any action dated then (a change is scheduled ahead of every action).
   */
  private scheduleChanges(start: Instant): void {
    const instants = changeInstants(this.policy);
    if (instants.length === 0) return;
    const change: ScheduledAction = { run: (_engine, k) => this.changePolicy(k) };
    instants.forEach((at, k) => {
      if (at >= start) this.clock.schedule(at, change, ACTION_PRIORITY, k);
    });
  }

  /** R10a, R15a: the change `k` takes effect now; the rules re-time what it reaches. */
  private changePolicy(k: number): void {
    const now = this.clock.now;
    const d = this.decideFn(this.view, { kind: 'ChangePolicy', change: k, before: this.policyAt(now - 1) }, now, this.policyAt(now));
    if (d.ok && d.events.length > 0) this.apply(d.events);
  }

  private onTimer(timer: EngineTimer, aux: number): void {
    if (typeof timer !== 'string') {
      timer.run(this, aux);
      return;
    }
    const d = this.decideFn(this.view, { kind: 'ExpireWithdrawal', claim: timer, request: aux }, this.clock.now, this.policyAt(this.clock.now));
    if (d.ok && d.events.length > 0) this.apply(d.events);
    else this.stats.staleTimers++;
  }
}
