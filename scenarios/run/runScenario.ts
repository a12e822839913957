import {
  type Calendar,
  type ClaimEvent,
  type Decide,
  Engine,
  type EventKind,
  type Instant,
  type InvariantChecker,
  type RefusalCode,
  calendarFor,
  createInvariantChecker,
} from '../../engine/index.js';
import type { Check, Scenario } from '../Scenario.js';
import { formatInstant } from '../compile/formatInstant.js';
import type { Failure, ScenarioResult } from './ScenarioResult.js';
import { IntervalWatches } from './IntervalWatches.js';
import { checkAction } from './checkAction.js';
import { checkSearch } from './checkSearch.js';
import { checkState } from './checkState.js';

export interface ScenarioRunOptions {
  /** The rules to run against (default: the engine's); fault mutants come in here. */
  readonly decide?: Decide;
}

/**
 * Runs a scenario on the virtual clock: the setup at `start`, then each step's clock move
 * (firing timers on the way), action and checks. Every mismatch is recorded with its step;
 * the run goes on after one, so a result lists them all.
 */
export function runScenario(scenario: Scenario, options: ScenarioRunOptions = {}): ScenarioResult {
  return new ScenarioRun(scenario, options).run();
}

class ScenarioRun {
  private readonly engine: Engine;
  private readonly calendar: Calendar;
  private readonly checker: InvariantChecker;
  private readonly intervals: IntervalWatches;
  private readonly failures: Failure[] = [];
  private readonly events: Partial<Record<EventKind, number>> = {};
  private readonly refusals: Partial<Record<RefusalCode, number>> = {};
  private readonly piiWarnings = new Map<string, number>();
  private readonly counters = { piiWarnings: this.piiWarnings };
  private lastInvariantStep = 0;
  private reported = 0;

  constructor(
    private readonly scenario: Scenario,
    options: ScenarioRunOptions,
  ) {
    this.calendar = calendarFor(scenario.policy.timezone);
    this.engine = new Engine({ policy: scenario.policy, start: scenario.start, keepLog: true, ...(options.decide ? { decide: options.decide } : {}) });
    this.checker = createInvariantChecker(scenario.policy);
    this.intervals = new IntervalWatches((exp) => checkState(this.engine, exp, this.calendar, this.counters), this.calendar, (step, message) => this.fail(step, message));
    this.engine.subscribe((events) => this.observe(events));
  }

  run(): ScenarioResult {
    let step = 0;
    try {
      for (const command of this.scenario.setup) {
        const d = this.engine.execute(command);
        if (!d.ok) this.fail(0, `setup ${command.kind}: refused with ${d.refusal.code} (${d.refusal.message})`);
      }
      for (const s of this.scenario.steps) {
        step = s.number;
        this.moveTo(s.at);
        if (s.action) {
          const d = this.engine.execute(s.action.command);
          if (!d.ok) this.refusals[d.refusal.code] = (this.refusals[d.refusal.code] ?? 0) + 1;
          for (const m of checkAction(s.action, d, this.calendar)) this.fail(s.number, m);
        }
        if (s.check) this.check(s.number, s.check);
      }
      step = 0;
      this.finish();
    } catch (err) {
      // A bug in the rules under test (a mutant, say) must not hide the other scenarios.
      this.fail(step, `the engine failed: ${err instanceof Error ? err.message : String(err)}`);
    }
    return {
      file: this.scenario.file,
      name: this.scenario.name,
      status: this.failures.length ? 'failed' : 'passed',
      failures: this.failures,
      events: this.events,
      refusals: this.refusals,
      tags: this.scenario.tags,
      policy: this.scenario.policy,
      log: this.engine.events(),
      violations: this.checker.violations,
    };
  }

  private observe(events: readonly ClaimEvent[]): void {
    this.checker.observe(events);
    for (const e of events) {
      this.events[e.kind] = (this.events[e.kind] ?? 0) + 1;
      if ('pii' in e && e.pii.length > 0) this.piiWarnings.set(e.claim, (this.piiWarnings.get(e.claim) ?? 0) + 1);
    }
    if (this.intervals.active) this.intervals.sample(this.engine.now);
  }

  /** Moves the clock to t, stopping wherever an interval expectation needs a sample. */
  private moveTo(t: Instant): void {
    while (this.intervals.active) {
      const p = this.intervals.nextPoint(this.engine.now, t, this.engine.view);
      if (p === undefined) break;
      this.engine.advanceTo(p);
      this.intervals.sample(p);
      this.intervals.expire(p);
    }
    this.engine.advanceTo(t);
    if (this.intervals.active) this.intervals.sample(t);
  }

  private check(step: number, check: Check): void {
    for (const m of checkState(this.engine, check, this.calendar, this.counters)) this.fail(step, m);
    if (check.search) for (const m of checkSearch(this.engine, check.search, this.calendar)) this.fail(step, m);
    if (check.invariants) {
      this.lastInvariantStep = step;
      this.engine.checkViews(this.checker);
      this.reportViolations(step, this.engine.checkReplay());
    }
    for (const t of check.intervals ?? []) this.intervals.add(step, t, this.engine.now);
  }

  /** The end of the run: open interval expectations run their course, then the checker's last word. */
  private finish(): void {
    const horizon = this.intervals.horizon();
    if (horizon !== null && horizon > this.engine.now) this.moveTo(horizon);
    this.intervals.expire(this.engine.now, true);
    if (this.lastInvariantStep > 0) {
      this.checker.finish(this.engine.now);
      this.reportViolations(this.lastInvariantStep, []);
    }
  }

  /** Reports the checker's violations not reported yet, plus `extra` (replay differences). */
  private reportViolations(step: number, extra: readonly { invariant: string; claim: string | null; at: Instant; message: string }[]): void {
    const fresh = [...this.checker.violations.slice(this.reported), ...extra];
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
