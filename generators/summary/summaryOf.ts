import { EVENT_KINDS_IN_ORDER } from './eventKinds.js';
import { REFUSAL_CODES, type Policy, calendarFor, changeInstants } from '../../engine/index.js';
import { FINAL_OUTCOMES, type PeriodOutcomes, type Summary } from '../Summary.js';
import type { PeriodTally } from './PeriodTally.js';
import { histogramOf, toDistribution } from './Histogram.js';
import { SummaryTally } from './SummaryTally.js';
import type { CalibrationCard } from '../population/calibrationSchema.js';
import type { Shard } from '../../input/Shard.js';

/** What a summary says about the run itself rather than its claims. */
export interface SummaryMeta {
  readonly population: string;
  readonly seed: number;
  readonly policy: Policy;
  readonly partial: boolean;
  readonly shard: Shard | null;
  readonly horizon: { readonly start: string; readonly end: string };
  /** The population's calibration card, when it has one: carried to the reports as written. */
  readonly calibration?: CalibrationCard;
}

/** The summary of a tally, every key in a fixed order (the JSON bytes depend on nothing else). */
export function summaryOf(t: SummaryTally, meta: SummaryMeta): Summary {
  const timeToResolution: Summary['timeToResolution'] = {};
  for (const o of FINAL_OUTCOMES) {
    const h = t.timeToResolution.get(o);
    if (h && h.count > 0) timeToResolution[o] = toDistribution(h);
  }
  const reRequests: Record<string, number> = {};
  for (const n of [...t.reRequests.keys()].sort((a, b) => a - b)) reRequests[String(n)] = t.reRequests.get(n)!;
  const eventCounts: Summary['eventCounts'] = {};
  for (const k of EVENT_KINDS_IN_ORDER) if (t.eventCounts[k] > 0) eventCounts[k] = t.eventCounts[k];
  const refusalCounts: Summary['refusalCounts'] = {};
  for (const k of REFUSAL_CODES) if (t.refusalCounts.has(k)) refusalCounts[k] = t.refusalCounts.get(k)!;
  const byInvariant: Record<string, number> = {};
  for (const k of [...t.byInvariant.keys()].sort((a, b) => Number(a.slice(1)) - Number(b.slice(1)))) byInvariant[k] = t.byInvariant.get(k)!;
  return {
    version: 1,
    population: meta.population,
    seed: meta.seed,
    policy: { ...meta.policy, eligibleStatuses: [...meta.policy.eligibleStatuses] },
    claims: t.claims,
    partial: meta.partial,
    shard: meta.shard ? { index: meta.shard.index, count: meta.shard.count } : null,
    horizon: { start: meta.horizon.start, end: meta.horizon.end },
    outcomes: { ...t.outcomes },
    ...(t.periods ? { periods: periodsOf(t.periods, meta.policy) } : {}),
    escalatedToSupport: t.escalatedToSupport,
    timeToResolution,
    reRequests,
    requests: t.requests,
    cooldownRefusals: t.cooldownRefusals,
    delayedClaims: t.delayedClaims,
    piiWarnings: t.piiWarnings,
    memos: t.memos,
    events: t.events,
    eventCounts,
    refusalCounts,
    invariantViolations: {
      total: t.violations,
      byInvariant,
      examples: t.examples.map((v) => ({ invariant: v.invariant, claim: v.claim, at: v.at, message: v.message, ...(v.scenario ? { scenario: v.scenario } : {}) })),
    },
    ...(meta.calibration ? { calibration: meta.calibration } : {}),
  };
}

/** A summary's counts back as a tally (to merge summaries). */
export function tallyOf(s: Summary): SummaryTally {
  const t = new SummaryTally(s.periods ? changeInstants(s.policy) : []);
  s.periods?.forEach((p, k) => {
    for (const o of FINAL_OUTCOMES) t.periods!.outcomes[k]![o] = p.outcomes[o];
  });
  t.claims = s.claims;
  for (const o of FINAL_OUTCOMES) t.outcomes[o] = s.outcomes[o];
  t.escalatedToSupport = s.escalatedToSupport;
  for (const o of FINAL_OUTCOMES) {
    const d = s.timeToResolution[o];
    if (d) t.timeToResolution.set(o, histogramOf(d));
  }
  for (const [n, c] of Object.entries(s.reRequests)) t.reRequests.set(Number(n), c);
  t.requests = s.requests;
  t.cooldownRefusals = s.cooldownRefusals;
  t.delayedClaims = s.delayedClaims;
  t.piiWarnings = s.piiWarnings;
  t.memos = s.memos;
  t.events = s.events;
  for (const k of EVENT_KINDS_IN_ORDER) t.eventCounts[k] = s.eventCounts[k] ?? 0;
  for (const [k, c] of Object.entries(s.refusalCounts)) t.refusalCounts.set(k as never, c);
  t.violations = s.invariantViolations.total;
  for (const [k, c] of Object.entries(s.invariantViolations.byInvariant)) t.byInvariant.set(k, c);
  t.examples = [...s.invariantViolations.examples];
  return t;
}

/** summary.json's text: two-space JSON with a final newline. */
export function summaryJson(s: Summary): string {
  return `${JSON.stringify(s, null, 2)}\n`;
}

/** The periods between a policy's dated changes, each with its bounds in the policy's zone. */
function periodsOf(p: PeriodTally, policy: Policy): PeriodOutcomes[] {
  const cal = calendarFor(policy.timezone);
  const bound = (k: number): string | null => (k >= 0 && k < p.starts.length ? cal.formatLocal(p.starts[k]!) : null);
  return p.outcomes.map((outcomes, k) => ({
    from: bound(k - 1),
    until: bound(k),
    requested: FINAL_OUTCOMES.reduce((n, o) => n + outcomes[o], 0),
    outcomes: { ...outcomes },
  }));
}
