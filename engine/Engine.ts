import type { Policy } from './Policy.js';
import { emptyState } from './State.js';
import { VirtualClock, type TimerId } from './VirtualClock.js';
import { type Decide, decide as realDecide } from './decide.js';
import { evolve } from './evolve.js';
import type { ClaimEvent, Command, Decision, Instant, State } from './types.js';

/**
 * A driver's action on the engine's clock: `run` is called when it falls due, with the code
 * it was scheduled with. A driver with many pending actions schedules itself with a code per
 * action (which claim, which move) instead of allocating a closure or a record per action.
 */
export interface ScheduledAction {
  run(engine: Engine, code: number): void;
}

/**
 * What the engine's clock holds: a claim's id for that claim's response deadline (R10; the
 * clock's number beside it is the request), or an action scheduled by a driver.
 */
export type EngineTimer = string | ScheduledAction;

export type EventListener = (events: readonly ClaimEvent[], engine: Engine) => void;

export interface EngineOptions {
  readonly policy: Policy;
  /** The clock's first instant. */
  readonly start: Instant;
  /** The rules; tests and fault mutants pass another through this seam. */
  readonly decide?: Decide;
  /** Keep every event in `log` (scenarios, replay); off for large simulations. */
  readonly keepLog?: boolean;
  readonly onEvents?: EventListener;
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
  readonly policy: Policy;
  readonly state: State = emptyState();
  readonly clock: VirtualClock<EngineTimer>;
  readonly log: ClaimEvent[] = [];
  readonly stats: EngineStats = { events: 0, refusals: 0, staleTimers: 0 };
  private readonly decideFn: Decide;
  private readonly keepLog: boolean;
  private readonly listeners: EventListener[] = [];
  private readonly fire = (timer: EngineTimer, _due: Instant, aux: number): void => this.onTimer(timer, aux);

  constructor(options: EngineOptions) {
    this.policy = options.policy;
    this.clock = new VirtualClock(options.start);
    this.decideFn = options.decide ?? realDecide;
    this.keepLog = options.keepLog ?? false;
    if (options.onEvents) this.listeners.push(options.onEvents);
  }

  get now(): Instant {
    return this.clock.now;
  }

  /** Adds a listener called with each accepted decision's events (checker, writers, summaries). */
  subscribe(listener: EventListener): void {
    this.listeners.push(listener);
  }

  /** Moves the clock to t, firing every deadline and scheduled action due by then. */
  advanceTo(t: Instant): void {
    this.clock.advanceTo(t, this.fire);
  }

  /** Moves the clock to `at` (default: now), then decides and applies `command`. */
  execute(command: Command, at: Instant = this.clock.now): Decision {
    if (at !== this.clock.now) this.advanceTo(at);
    const decision = this.decideFn(this.state, command, this.clock.now, this.policy);
    if (decision.ok) this.apply(decision.events);
    else this.stats.refusals++;
    return decision;
  }

  /** Schedules a driver's action at `at`; it runs after any deadline due at the same instant. */
  schedule(at: Instant, run: (engine: Engine) => void): TimerId {
    return this.clock.schedule(at, { run }, ACTION_PRIORITY);
  }

  /**
   * Schedules `action.run(engine, code)` at `at`; it runs, like `schedule`'s, after any
   * deadline due at the same instant.
   */
  scheduleAction(at: Instant, action: ScheduledAction, code = 0): TimerId {
    return this.clock.schedule(at, action, ACTION_PRIORITY, code);
  }

  /** Arms the response-deadline timer of a claim's request (done for every WithdrawalRequested; also for replaying a log). */
  scheduleDeadline(claimId: string, request: number, at: Instant): TimerId {
    return this.clock.schedule(at, claimId, DEADLINE_PRIORITY, request);
  }

  /** Removes a claim that a streaming run has finished with, and its order once no claim or memo count needs it. */
  evict(claimId: string): void {
    const claim = this.state.claims.get(claimId);
    if (!claim) return;
    this.state.claims.delete(claimId);
    const n = (this.state.board.get(claim.status) ?? 0) - 1;
    if (n === 0) this.state.board.delete(claim.status);
    else this.state.board.set(claim.status, n);
    // The order stays while another claim refers to it or a memo count needs it.
    const order = this.state.orders.get(claim.order);
    if (!order) return;
    order.claims--;
    if (order.claims <= 0 && order.memosToBuyer === 0 && order.memosToSeller === 0) this.state.orders.delete(claim.order);
  }

  private apply(events: readonly ClaimEvent[]): void {
    if (events.length === 0) return;
    for (const e of events) {
      evolve(this.state, e);
      if (this.keepLog) this.log.push(e);
      if (e.kind === 'WithdrawalRequested') this.scheduleDeadline(e.claim, e.request, e.timeoutAt);
    }
    this.stats.events += events.length;
    for (const l of this.listeners) l(events, this);
  }

  private onTimer(timer: EngineTimer, aux: number): void {
    if (typeof timer !== 'string') {
      timer.run(this, aux);
      return;
    }
    const d = this.decideFn(this.state, { kind: 'ExpireWithdrawal', claim: timer, request: aux }, this.clock.now, this.policy);
    if (d.ok && d.events.length > 0) this.apply(d.events);
    else this.stats.staleTimers++;
  }
}
