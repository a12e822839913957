import { FINAL_OUTCOMES, type FinalOutcome } from '../../engine/finalOutcomes.js';
import type { Distribution, Summary } from '../../generators/Summary.js';
import { meanInterval } from '../stats/meanInterval.js';
import { round, rounded } from '../stats/rounded.js';
import { shareInterval } from '../stats/shareInterval.js';
import { addCoverageCounts, ruleCoverage, type CoverageCounts } from './ruleCoverage.js';
import { counterOf, reRequestCount } from './counterOf.js';
import { mergeDistributions } from './mergeDistributions.js';
import { COUNTER_NAMES, type Counter, type PeriodOutcomes, type SimulationReport } from './SimulationReport.js';

export interface SimulationReportOptions {
  /** How many invariant-violation examples to keep (default 10). */
  readonly maxExamples?: number;
  /** What the run did beyond its summaries, e.g. claim-list rows exported (R19). */
  readonly extraCoverage?: CoverageCounts['extra'];
}

/**
 * The report model of K replications of one population under one policy: outcome shares
 * with 95% intervals (t over replications, Wilson for one), time to resolution, re-requests,
 * counters, invariant violations and rule coverage. Pure: summaries in, a plain object out.
 */
export function buildSimulationReport(summaries: readonly Summary[], options: SimulationReportOptions = {}): SimulationReport {
  const first = summaries[0];
  if (!first) throw new RangeError('a simulation report needs at least one summary');
  const totals = summaries.map((s) => s.claims);
  const outcomes = FINAL_OUTCOMES.map((outcome) => {
    const counts = summaries.map((s) => s.outcomes[outcome] ?? 0);
    return { outcome, claims: sum(counts), share: rounded(shareInterval(counts, totals)) };
  });
  const allClaims = sum(totals);
  const counters = COUNTER_NAMES.map((name): Counter => {
    const values = summaries.map((s) => counterOf(s, name));
    const total = sum(values);
    const i = meanInterval(values);
    // A count is never negative, however wide its interval over few replications.
    return { name, total, perReplication: rounded({ ...i, low: Math.max(0, i.low) }), perClaim: allClaims > 0 ? round(total / allClaims) : 0 };
  });
  const byInvariant = new Map<string, number>();
  for (const s of summaries) {
    for (const [inv, n] of Object.entries(s.invariantViolations.byInvariant)) byInvariant.set(inv, (byInvariant.get(inv) ?? 0) + n);
  }
  return {
    kind: 'simulation',
    population: first.population,
    policy: first.policy,
    seeds: summaries.map((s) => s.seed),
    claims: totals,
    horizon: first.horizon,
    outcomes,
    timeToResolution: FINAL_OUTCOMES.flatMap((outcome) => {
      const days = mergeDistributions(summaries.map((s) => s.timeToResolution[outcome]).filter((d): d is Distribution => !!d));
      return days ? [{ outcome, days }] : [];
    }),
    reRequests: mergeReRequests(summaries),
    counters,
    ...(first.periods ? { periods: mergePeriods(summaries) } : {}),
    invariantViolations: {
      total: sum(summaries.map((s) => s.invariantViolations.total)),
      byInvariant: [...byInvariant].filter(([, n]) => n > 0).sort(byInvariantId).map(([invariant, count]) => ({ invariant, count })),
      examples: summaries.flatMap((s) => s.invariantViolations.examples).slice(0, options.maxExamples ?? 10),
    },
    coverage: ruleCoverage(addCoverageCounts([...summaries.map(coverageCountsOf), { extra: options.extraCoverage ?? {} }])),
    ...(first.calibration ? { calibration: first.calibration } : {}),
  };
}

/** What a summary says about rule coverage (R11/R13 re-requests, R18 delays, R21 PII warnings). */
export function coverageCountsOf(s: Summary): CoverageCounts {
  const reRequests = reRequestCount(s);
  return {
    events: s.eventCounts,
    refusals: s.refusalCounts,
    extra: { R11: reRequests, R13: claimsAtReRequestLimit(s), R18: s.delayedClaims, R21: s.piiWarnings },
  };
}

/** R13: claims whose re-requests reached the policy's limit (none when re-requests are unlimited). */
function claimsAtReRequestLimit(s: Summary): number {
  const limit = s.policy.maxReRequests;
  if (limit === null || limit === 0) return 0;
  return Object.entries(s.reRequests).reduce((n, [k, claims]) => (Number(k) >= limit ? n + claims : n), 0);
}

function mergeReRequests(summaries: readonly Summary[]): { reRequests: number; claims: number }[] {
  const m = new Map<number, number>();
  for (const s of summaries) for (const [k, n] of Object.entries(s.reRequests)) m.set(Number(k), (m.get(Number(k)) ?? 0) + n);
  return [...m].sort((a, b) => a[0] - b[0]).map(([reRequests, claims]) => ({ reRequests, claims }));
}

function byInvariantId(a: [string, number], b: [string, number]): number {
  return Number(a[0].slice(1)) - Number(b[0].slice(1)) || a[0].localeCompare(b[0]);
}

function sum(xs: readonly number[]): number {
  let s = 0;
  for (const x of xs) s += x;
  return s;
}


/** The periods of dated changes, summed over replications (every replication has the same changes). */
function mergePeriods(summaries: readonly Summary[]): PeriodOutcomes[] {
  return summaries[0]!.periods!.map((p, k) => {
    const outcomes = Object.fromEntries(FINAL_OUTCOMES.map((o) => [o, sum(summaries.map((s) => s.periods?.[k]?.outcomes[o] ?? 0))])) as Record<FinalOutcome, number>;
    return { from: p.from, until: p.until, requested: sum(summaries.map((s) => s.periods?.[k]?.requested ?? 0)), outcomes };
  });
}
