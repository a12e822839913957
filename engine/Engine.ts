import type { Policy } from './Policy.js';
import { type State, emptyState } from './State.js';
import { type StateView, viewOf } from './StateView.js';
import { TimerLoopError, VirtualClock, type TimerId } from './VirtualClock.js';
import { type Decide, decide as realDecide } from './decide.js';
import { evictClaim, evolve } from './evolve.js';
import { REGISTRY } from './registry.js';
import { checkReplay } from './invariants/checkReplay.js';
import { policyInForce } from './policyInForce.js';
import type { InvariantChecker, Violation } from './invariants/types.js';
import type { Instant } from './Calendar.js';
import type { ClaimEvent } from './ClaimEvent.js';
import type { ClockCommand } from './ClockCommand.js';
import type { Command } from './Command.js';
import type { Decision } from './Decision.js';
import { type ScheduledCommand, TIMER_PRIORITY } from './ScheduledCommand.js';

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
 * What the engine's clock holds: a clock command (a response deadline, a reminder, a dated
 * change: whatever the features' timers issue), or an action scheduled by a driver.
 */
export type EngineTimer = ClockCommand | ScheduledAction;

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
    for (const start of REGISTRY.startTimers) for (const t of start(this.policy, options.start)) this.schedule(t);
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
      const claim = isAction(timer) ? (timer.loopingClaim?.(err.aux) ?? this.lastClaim) : 'claim' in timer ? timer.claim : this.lastClaim;
      const what = isAction(timer) ? 'an action scheduled for it' : timer.kind === 'ExpireWithdrawal' ? 'its response deadline' : `its ${timer.kind} timer`;
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
    return this.clock.schedule(at, action, TIMER_PRIORITY.action, code);
  }

  /**
   * Arms a clock command: the features' timers (a request's timeout, its reminder, a dated
   * change), armed from the events that imply them (`Feature.arms`) or from the policy at the start.
   */
  schedule(timer: ScheduledCommand): TimerId {
    return this.clock.schedule(timer.at, timer.command, timer.priority);
  }

  /**
   * Folds a past event in, as if it had just been decided (a log replayed into a live engine,
   * or a test's given state): kept, and its timers armed; listeners are not called.
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
    // The timers the event implies, as the features that registered for its kind say.
    const arms = REGISTRY.arms[e.kind];
    if (arms === undefined) return;
    const now = this.clock.now;
    const policy = this.policyAt(now);
    for (const arm of arms) {
      const timer = arm(e, policy, now);
      if (timer !== null) this.schedule(timer);
    }
  }

  /**
   * Moves the clock to `at` (default: now), then decides and applies a clock command, as its
   * timer would when due (the engine's own timers; a rule test issues one by hand).
   */
  issue(command: ClockCommand, at: Instant = this.clock.now): Decision {
    if (at !== this.clock.now) this.advanceTo(at);
    const now = this.clock.now;
    const d = this.decideFn(this.view, command, now, this.policyAt(now));
    if (d.ok && d.events.length > 0) this.apply(d.events);
    // A claim's timer that decides nothing is stale (its request was answered, replaced, or re-timed).
    else if ('claim' in command) this.stats.staleTimers++;
    return d;
  }

  private onTimer(timer: EngineTimer, aux: number): void {
    if (isAction(timer)) timer.run(this, aux);
    else this.issue(timer);
  }
}

function isAction(timer: EngineTimer): timer is ScheduledAction {
  return 'run' in timer;
}
