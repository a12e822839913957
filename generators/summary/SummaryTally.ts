import { type EventKind, type Instant, type RefusalCode } from '../../engine/index.js';
import { EXAMPLES_PER_INVARIANT, FINAL_OUTCOMES, type FinalOutcome, type ViolationRecord } from '../Summary.js';
import { EVENT_KINDS_IN_ORDER } from './eventKinds.js';
import { type Histogram, emptyHistogram, mergeHistogram } from './Histogram.js';
import { idNumberOf } from '../records/generatedIds.js';
import { PeriodTally } from './PeriodTally.js';

/**
 * The additive part of a summary while a run goes: counts, histograms, example violations.
 * Everything in it merges exactly (integers, fixed bins, a deterministic example order),
 * so one run, its workers and its shards give the same summary.
 */
export class SummaryTally {
  claims = 0;
  readonly outcomes = Object.fromEntries(FINAL_OUTCOMES.map((o) => [o, 0])) as Record<FinalOutcome, number>;
  escalatedToSupport = 0;
  readonly timeToResolution = new Map<FinalOutcome, Histogram>();
  readonly reRequests = new Map<number, number>();
  requests = 0;
  cooldownRefusals = 0;
  delayedClaims = 0;
  piiWarnings = 0;
  memos = 0;
  events = 0;
  /** Per event kind (a plain record with every kind: the hot path is a property increment). */
  readonly eventCounts = Object.fromEntries(EVENT_KINDS_IN_ORDER.map((k) => [k, 0])) as Record<EventKind, number>;
  readonly refusalCounts = new Map<RefusalCode, number>();
  violations = 0;
  readonly byInvariant = new Map<string, number>();
  examples: ViolationRecord[] = [];
  /** Outcomes by the period of the first request, under a policy with dated changes (null without). */
  readonly periods: PeriodTally | null;

  /** `changes`: the instants of the policy's dated changes (none: no periods kept). */
  constructor(changes: readonly Instant[] = []) {
    this.periods = changes.length > 0 ? new PeriodTally(changes) : null;
  }

  histogram(outcome: FinalOutcome): Histogram {
    let h = this.timeToResolution.get(outcome);
    if (!h) {
      h = emptyHistogram();
      this.timeToResolution.set(outcome, h);
    }
    return h;
  }

  countEvent(kind: EventKind): void {
    this.events++;
    this.eventCounts[kind]++;
  }

  countRefusal(code: RefusalCode): void {
    this.refusalCounts.set(code, (this.refusalCounts.get(code) ?? 0) + 1);
    if (code === 'COOLDOWN_ACTIVE') this.cooldownRefusals++;
  }

  countReRequests(n: number): void {
    this.reRequests.set(n, (this.reRequests.get(n) ?? 0) + 1);
  }

  addViolation(v: ViolationRecord): void {
    this.violations++;
    this.byInvariant.set(v.invariant, (this.byInvariant.get(v.invariant) ?? 0) + 1);
    this.examples = keepExamples([...this.examples, v]);
  }

  /** this += other. */
  merge(other: SummaryTally): void {
    this.claims += other.claims;
    for (const o of FINAL_OUTCOMES) this.outcomes[o] += other.outcomes[o];
    this.escalatedToSupport += other.escalatedToSupport;
    for (const [o, h] of other.timeToResolution) mergeHistogram(this.histogram(o), h);
    for (const [n, c] of other.reRequests) this.reRequests.set(n, (this.reRequests.get(n) ?? 0) + c);
    this.requests += other.requests;
    this.cooldownRefusals += other.cooldownRefusals;
    this.delayedClaims += other.delayedClaims;
    this.piiWarnings += other.piiWarnings;
    this.memos += other.memos;
    this.events += other.events;
    for (const k of EVENT_KINDS_IN_ORDER) this.eventCounts[k] += other.eventCounts[k];
    for (const [k, c] of other.refusalCounts) this.refusalCounts.set(k, (this.refusalCounts.get(k) ?? 0) + c);
    this.violations += other.violations;
    for (const [k, c] of other.byInvariant) this.byInvariant.set(k, (this.byInvariant.get(k) ?? 0) + c);
    this.examples = keepExamples([...this.examples, ...other.examples]);
    if (other.periods) this.periods?.merge(other.periods);
  }
}

function compareExamples(a: ViolationRecord, b: ViolationRecord): number {
  return (
    a.invariant.localeCompare(b.invariant, 'en') ||
    idNumberOf(a.claim) - idNumberOf(b.claim) ||
    a.claim.localeCompare(b.claim, 'en') ||
    a.at - b.at ||
    (a.message < b.message ? -1 : a.message > b.message ? 1 : 0)
  );
}

/** The first EXAMPLES_PER_INVARIANT of each invariant in (invariant, claim index, time) order. */
export function keepExamples(all: readonly ViolationRecord[]): ViolationRecord[] {
  const sorted = [...all].sort(compareExamples);
  const kept: ViolationRecord[] = [];
  let current = '';
  let n = 0;
  for (const v of sorted) {
    if (v.invariant !== current) {
      current = v.invariant;
      n = 0;
    }
    if (n++ < EXAMPLES_PER_INVARIANT) kept.push(v);
  }
  return kept;
}
