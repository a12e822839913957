import type { Calendar, Instant, StateView } from '../../engine/index.js';
import type { StateExpectation, IntervalExpectation } from '../Scenario.js';
import { formatInstant } from '../compile/formatInstant.js';

interface Watch {
  readonly step: number;
  readonly spec: IntervalExpectation;
  readonly from: Instant;
  /** The last mismatches seen (eventually: why it has not held yet). */
  last: readonly string[];
}

/**
 * Extension: interval expectations (eventually, never, always). Each watches the state over [its step's instant, until]
 * and is sampled at every change: after each accepted decision (the event log), and at each
 * instant where a view changes with time alone (a claim becoming delayed, a cooldown ending).
 * `eventually` must hold at some sample, `never` at none, `always` at all.
 */
export class IntervalWatches {
  private watches: Watch[] = [];

  constructor(
    private readonly evaluate: (exp: StateExpectation) => string[],
    private readonly calendar: Calendar,
    private readonly fail: (step: number, message: string) => void,
  ) {}

  get active(): boolean {
    return this.watches.length > 0;
  }

  /** Starts watching at `now` (and takes the first sample there). */
  add(step: number, spec: IntervalExpectation, now: Instant): void {
    this.watches.push({ step, spec, from: now, last: [] });
    this.sample(now);
  }

  /** Evaluates every watch against the state at `now`; settles those that are decided. */
  sample(now: Instant): void {
    this.watches = this.watches.filter((w) => {
      const diffs = this.evaluate(w.spec.expect);
      switch (w.spec.kind) {
        case 'eventually':
          w.last = diffs;
          return diffs.length > 0;
        case 'never':
          if (diffs.length > 0) return true;
          this.fail(w.step, `never ${this.span(w)}: held at ${this.at(now)} (${describe(w.spec.expect, this.calendar)})`);
          return false;
        case 'always':
          if (diffs.length === 0) return true;
          this.fail(w.step, `always ${this.span(w)}: broken at ${this.at(now)}: ${diffs.join('; ')}`);
          return false;
        default: {
          const unreachable: never = w.spec.kind;
          throw new Error(`unknown interval expectation ${String(unreachable)}`);
        }
      }
    });
  }

  /** Settles the watches whose interval ended by `now` (sampled there already). */
  expire(now: Instant, endOfRun = false): void {
    this.watches = this.watches.filter((w) => {
      const ended = w.spec.until === null ? endOfRun : w.spec.until <= now;
      if (!ended) return true;
      if (w.spec.kind === 'eventually') this.fail(w.step, `eventually ${this.span(w)}: never held; at ${this.at(now)} ${w.last.join('; ')}`);
      return false;
    });
  }

  /** The latest instant a watch still needs the clock to reach (the run goes on to it). */
  horizon(): Instant | null {
    let h: Instant | null = null;
    for (const w of this.watches) if (w.spec.until !== null && (h === null || w.spec.until > h)) h = w.spec.until;
    return h;
  }

  /**
   * The next instant in (after, limit] where a sample is needed without any event: a watch
   * ending, or a view that changes with time alone (R18 delay, R12/R15 cooldown ends).
   */
  nextPoint(after: Instant, limit: Instant, state: StateView): Instant | undefined {
    let next: Instant | undefined;
    const consider = (t: Instant | null): void => {
      if (t !== null && t > after && t <= limit && (next === undefined || t < next)) next = t;
    };
    for (const w of this.watches) consider(w.spec.until);
    for (const c of state.claims()) {
      consider(c.delayedFrom);
      consider(c.rejectionCooldownUntil);
      consider(c.cancellationCooldownUntil);
    }
    return next;
  }

  private at(t: Instant): string {
    return formatInstant(t, this.calendar);
  }

  private span(w: Watch): string {
    if (w.spec.until === null) return `${w.spec.label} (from ${this.at(w.from)})`;
    return `${w.spec.label} (${this.at(w.from)} to ${this.at(w.spec.until)})`;
  }
}

/** The expectation as `claims.C1.status withdrawn, …`, for a `never` that held. */
function describe(exp: StateExpectation, calendar: Calendar): string {
  const parts: string[] = [];
  const walk = (prefix: string, v: unknown): void => {
    if (v !== null && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(prefix ? `${prefix}.${k}` : k, x);
    else if (prefix.endsWith('.cooldownUntil') && typeof v === 'number') parts.push(`${prefix} ${formatInstant(v, calendar)}`);
    else parts.push(`${prefix} ${String(v)}`);
  };
  walk('', exp);
  return parts.join(', ');
}
