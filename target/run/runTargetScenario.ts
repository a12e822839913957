import {
  type Calendar,
  type ClaimEvent,
  type Command,
  type Decision,
  Engine,
  type EventKind,
  type Instant,
  type InvariantChecker,
  type RefusalCode,
  type StateView,
  calendarFor,
  createInvariantChecker,
} from '../../engine/index.js';
import type { Check, Failure, Scenario, ScenarioResult, StateExpectation } from '../../scenarios/index.js';
import { formatInstant } from '../../scenarios/compile/formatInstant.js';
import { IntervalWatches } from '../../scenarios/run/IntervalWatches.js';
import { checkAction } from '../../scenarios/run/checkAction.js';
import type { Answer, MessagePlace, TargetClient } from '../adapter/TargetClient.js';
import { TargetError } from '../adapter/TargetError.js';
import type { TargetReply } from '../protocol/messages.js';
import { eventFromWire, refusalFromWire } from '../protocol/wire.js';
import { checkTargetSearch } from './checkTargetSearch.js';
import { firstDivergence } from './firstDivergence.js';
import { type TargetSnapshot, compareSnapshot, takeSnapshot } from './TargetSnapshot.js';

/** One scenario run through a target: its result as in process, and what only a target can give. */
export interface TargetScenarioResult {
  readonly result: ScenarioResult;
  /** The first indeterminate answer (the scenario stopped there; never a pass). */
  readonly unknown: string | null;
  /** The first answer that differed from the rules', with its step. */
  readonly divergence: string | null;
  /** The target broke the protocol: the session is over (the run stops after this scenario). */
  readonly broken: TargetError | null;
}

/** An indeterminate answer: the scenario cannot go on, since the target's state is not known. */
class Unknown extends Error {}

/**
 * Runs a scenario through a target, step by step as scenarios/run/runScenario does in
 * process: reset, the setup's commands, each step's clock move (`advance`), action
 * (`command`) and checks (`query`). The reference engine runs the same inputs alongside: the
 * first answer of the target that differs from the rules' is a divergence. The target's
 * events feed the independent invariant checker.
 */
export async function runTargetScenario(scenario: Scenario, client: TargetClient): Promise<TargetScenarioResult> {
  return new TargetRun(scenario, client).run();
}

class TargetRun {
  private readonly reference: Engine;
  private readonly calendar: Calendar;
  private readonly checker: InvariantChecker;
  private readonly intervals: IntervalWatches;
  private readonly failures: Failure[] = [];
  private readonly log: ClaimEvent[] = [];
  private readonly events: Partial<Record<EventKind, number>> = {};
  private readonly refusals: Partial<Record<RefusalCode, number>> = {};
  private readonly piiWarnings = new Map<string, number>();
  private readonly claimsSeen = new Set<string>();
  private readonly buyersSeen = new Set<string>();
  private referenceEvents: ClaimEvent[] = [];
  private watched: StateExpectation[] = [];
  private snapshot: TargetSnapshot = { claims: {}, board: {}, buyers: {}, sellers: {} };
  private divergence: string | null = null;
  private unknown: string | null = null;
  private broken: TargetError | null = null;
  private lastInvariantStep = 0;
  private reported = 0;
  private now: Instant;

  constructor(
    private readonly scenario: Scenario,
    private readonly client: TargetClient,
  ) {
    this.calendar = calendarFor(scenario.policy.timezone);
    this.reference = new Engine({ policy: scenario.policy, start: scenario.start, onEvents: (events) => this.referenceEvents.push(...events) });
    this.checker = createInvariantChecker(scenario.policy);
    this.intervals = new IntervalWatches((exp) => compareSnapshot(exp, this.snapshot, this.calendar, this.piiWarnings), this.calendar, (step, message) => this.fail(step, message));
    this.now = scenario.start;
  }

  async run(): Promise<TargetScenarioResult> {
    let step = 0;
    try {
      const reset = this.settled(await this.client.reset(this.scenario.policy, this.scenario.start, this.place('reset', 0)));
      this.diverge(0, 'reset', { ok: true, events: [] }, reset);
      this.accept(reset);
      for (const command of this.scenario.setup) {
        const d = await this.execute(command, 0, `setup ${command.kind}`);
        if (!d.ok) this.fail(0, `setup ${command.kind}: refused with ${d.refusal.code} (${d.refusal.message})`);
      }
      for (const s of this.scenario.steps) {
        step = s.number;
        await this.moveTo(s.at, step);
        if (s.action) {
          const d = await this.execute(s.action.command, step, s.action.label);
          if (!d.ok) this.refusals[d.refusal.code] = (this.refusals[d.refusal.code] ?? 0) + 1;
          for (const m of checkAction(s.action, d, this.calendar)) this.fail(step, m);
        }
        if (s.check) await this.check(step, s.check);
      }
      step = 0;
      await this.finish();
    } catch (err) {
      if (err instanceof Unknown) this.fail(step, `unknown: ${err.message}`);
      else if (err instanceof TargetError) {
        this.broken = err;
        this.fail(step, `the target broke the protocol: ${err.message}`);
      } else throw err;
    }
    return {
      result: {
        file: this.scenario.file,
        name: this.scenario.name,
        status: this.failures.length ? 'failed' : 'passed',
        failures: this.failures,
        events: this.events,
        refusals: this.refusals,
        tags: this.scenario.tags,
        policy: this.scenario.policy,
        log: this.log,
        violations: this.checker.violations,
      },
      unknown: this.unknown,
      divergence: this.divergence,
      broken: this.broken,
    };
  }

  private place(message: string, step: number): MessagePlace {
    return { message, step, file: this.scenario.file };
  }

  /** A reply, or the end of the scenario on an indeterminate answer. */
  private settled<T>(a: Answer<T>): T {
    if (a.kind === 'reply') return a.reply;
    this.unknown = a.reason;
    throw new Unknown(a.reason);
  }

  /** The command on both sides: the rules' decision against the target's answer, which is what the step is judged on. */
  private async execute(command: Command, step: number, label: string): Promise<Decision> {
    this.referenceEvents = [];
    const want = this.reference.execute(command);
    const got = this.settled(await this.client.command(command, this.place(`command ${label}`, step)));
    this.diverge(step, label, want, got);
    if (got.type === 'refused') {
      const r = refusalFromWire(got.refusal);
      if (!r.ok) throw new TargetError(`${this.client.description}: refusal field ${r.field} is not an instant (${JSON.stringify(r.got)}), in reply to command ${label} (step ${step} of ${this.scenario.file})`);
      return { ok: false, refusal: r.value };
    }
    const events = this.accept(got);
    if (this.intervals.active && events.length) await this.sample(step);
    return { ok: true, events };
  }

  /** Moves both clocks to t, stopping wherever an interval expectation needs a sample (as runScenario's moveTo). */
  private async moveTo(t: Instant, step: number): Promise<void> {
    while (this.intervals.active) {
      const p = this.intervals.nextPoint(this.now, t, this.reference.view);
      if (p === undefined) break;
      await this.advance(p, step);
      await this.sample(step, p);
      this.intervals.expire(p);
    }
    await this.advance(t, step);
    if (this.intervals.active) await this.sample(step, t);
  }

  /**
   * The reference's clock to t, then the target's: in one advance, or, while an interval
   * watches, one advance per instant where the rules fired a timer (each sampled, as in process).
   */
  private async advance(t: Instant, step: number): Promise<void> {
    if (t <= this.now) return;
    this.referenceEvents = [];
    this.reference.advanceTo(t);
    const want = this.referenceEvents;
    const stops = this.intervals.active ? [...new Set(want.map((e) => e.at))].filter((x) => x > this.now && x < t) : [];
    const got: unknown[] = [];
    for (const x of [...stops, t]) {
      const label = `advance to ${formatInstant(x, this.calendar)}`;
      const reply = this.settled(await this.client.advance(x, this.place(label, step)));
      got.push(...(reply.type === 'ok' ? reply.events : []));
      const events = this.accept(reply);
      this.now = x;
      if (x < t && this.intervals.active && events.length) await this.sample(step, x);
    }
    this.diverge(step, `advance to ${formatInstant(t, this.calendar)}`, { ok: true, events: want }, { id: 0, type: 'ok', now: '', events: got } as TargetReply);
  }

  private async check(step: number, check: Check): Promise<void> {
    const snap = this.settled(await takeSnapshot(this.client, [check], { step, file: this.scenario.file }));
    for (const m of compareSnapshot(check, snap, this.calendar, this.piiWarnings)) this.fail(step, m);
    if (check.search) for (const m of this.settled(await checkTargetSearch(this.client, check.search, this.calendar, { step, file: this.scenario.file }))) this.fail(step, m);
    if (check.invariants) {
      this.lastInvariantStep = step;
      await this.checkViews(step);
      this.reportViolations(step);
    }
    for (const t of check.intervals ?? []) {
      this.watched.push(t.expect);
      await this.refresh(step);
      this.intervals.add(step, t, this.now);
    }
  }

  /** I8 on the target: its board and buyer counters against the checker's counts and its own claims. */
  private async checkViews(step: number): Promise<void> {
    const place = { step, file: this.scenario.file };
    const claimIds = [...this.claimsSeen];
    const claims = claimIds.length ? (this.settled(await this.client.query('claims', claimIds, { ...place, message: 'query claims (I8)' })).claims ?? {}) : {};
    const board = this.settled(await this.client.query('board', [], { ...place, message: 'query board (I8)' })).board ?? {};
    const buyerIds = [...this.buyersSeen];
    const buyers = buyerIds.length ? (this.settled(await this.client.query('buyers', buyerIds, { ...place, message: 'query buyers (I8)' })).buyers ?? {}) : {};
    const held = Object.values(claims).filter((c) => c !== null);
    const view = {
      claims: () => held.values(),
      board: () => new Map(Object.entries(board)),
      pendingCounters: () => new Map(Object.entries(buyers).map(([b, v]) => [b, v.pendingWithdrawals])),
    } as unknown as StateView;
    this.checker.checkViews(view, this.now);
  }

  /** The target's answers to every watched expectation, then a sample of the interval expectations at `at` (default: now). */
  private async sample(step: number, at: Instant = this.now): Promise<void> {
    await this.refresh(step);
    this.intervals.sample(at);
  }

  private async refresh(step: number): Promise<void> {
    this.snapshot = this.settled(await takeSnapshot(this.client, this.watched, { step, file: this.scenario.file }));
  }

  /** The end of the run: open interval expectations run their course, then the checker's last word. */
  private async finish(): Promise<void> {
    const horizon = this.intervals.horizon();
    if (horizon !== null && horizon > this.now) await this.moveTo(horizon, 0);
    this.intervals.expire(this.now, true);
    if (this.lastInvariantStep > 0) {
      this.checker.finish(this.now);
      this.reportViolations(this.lastInvariantStep);
    }
  }

  /** The target's events of an `ok` reply, read back into the engine's vocabulary and observed by the checker. */
  private accept(reply: TargetReply): ClaimEvent[] {
    if (reply.type !== 'ok') return [];
    const events = reply.events.map((w) => {
      const e = eventFromWire(w);
      if (!e.ok) throw new TargetError(`${this.client.description}: event field ${e.field} is not an instant or date (${JSON.stringify(e.got)}), in an ok reply at ${reply.now}`);
      return e.value;
    });
    if (events.length === 0) return events;
    this.checker.observe(events);
    for (const e of events) {
      this.log.push(e);
      this.events[e.kind] = (this.events[e.kind] ?? 0) + 1;
      if (e.kind === 'ClaimOpened') {
        this.claimsSeen.add(e.claim);
        this.buyersSeen.add(e.buyer);
      }
      if ('pii' in e && Array.isArray(e.pii) && e.pii.length > 0) this.piiWarnings.set(e.claim, (this.piiWarnings.get(e.claim) ?? 0) + 1);
    }
    return events;
  }

  /** Records the first answer that differs from the rules' (later ones follow from it). */
  private diverge(step: number, label: string, want: Decision, got: TargetReply): void {
    if (this.divergence !== null) return;
    const d = firstDivergence(want, got);
    if (d === null) return;
    this.divergence = `${step === 0 ? 'setup' : `step ${step}`} (${label}): ${d}`;
    this.fail(step, `divergence at ${label}: ${d}`);
  }

  private reportViolations(step: number): void {
    const fresh = this.checker.violations.slice(this.reported);
    this.reported = this.checker.violations.length;
    for (const v of fresh) {
      const where = v.claim === null ? '' : ` on ${v.claim}`;
      this.fail(step, `invariants: expected clean, got ${v.invariant}${where} at ${formatInstant(v.at, this.calendar)}: ${v.message}`);
    }
  }

  private fail(step: number, message: string): void {
    this.failures.push({ step, message });
  }
}
