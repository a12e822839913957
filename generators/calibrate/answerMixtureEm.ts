import type { ClaimFacts } from './ClaimFacts.js';
import { type Timing, TIMINGS, answerUnit, scaleOf } from './fitAnswers.js';
import { type CompetingFit, type RiskUnit, fitCompetingRisks, unitLogProbability } from './fit/competingRisks.js';
import type { Family } from './fit/FittedDistribution.js';
import { mixturePosterior, rankedStart } from './mixturePosterior.js';

/** Each round refits a profile's answer model for this many inner EM steps, from where it stood. */
const INNER = 4;

/** The answer units of the claims in every timing, and which buyer (group) each unit belongs to. */
export interface Grouped {
  readonly units: Readonly<Record<Timing, readonly RiskUnit[]>>;
  readonly group: readonly number[];
  readonly groups: number;
  /** Groups (buyers) with at least one unit, in order. */
  readonly asking: readonly number[];
}

/** One profile's answer model: its timing, its family and the fit. */
export interface MixtureComponent {
  readonly timing: Timing;
  readonly family: Family;
  readonly fit: CompetingFit;
}

/** The answer units of the claims, grouped by buyer (a buyer's whole history is one latent profile). */
export function grouped(facts: readonly ClaimFacts[], ids: Map<string, number>): Grouped {
  const units: Record<Timing, RiskUnit[]> = { delay: [], fractionOfWindow: [], beforeDeadline: [] };
  const group: number[] = [];
  for (const f of facts) {
    let g = ids.get(f.buyer);
    if (g === undefined) {
      g = ids.size;
      ids.set(f.buyer, g);
    }
    for (const a of f.answers) {
      for (const t of TIMINGS) units[t].push(answerUnit(a, t));
      group.push(g);
    }
  }
  return { units, group, groups: ids.size, asking: [...new Set(group)].sort((a, b) => a - b) };
}

/** Per group, the log-likelihood of its units under one profile's answer model in one timing. */
export function groupLogLikelihood(d: Grouped, timing: Timing, fit: CompetingFit): number[] {
  const ll = new Array<number>(d.groups).fill(0);
  d.units[timing].forEach((u, i) => {
    ll[d.group[i]!]! += unitLogProbability(u, fit.shares, fit.components);
  });
  return ll;
}

/** Per group, log Σ_k π_k·exp(ll_k) (`columns[k][g]`: group g under profile k), their sum, and the posteriors (mixturePosterior). */
export function mix(columns: readonly (readonly number[])[], weights: readonly number[]): { perGroup: number[]; total: number; posterior: number[][] } {
  const rows = Array.from({ length: columns[0]?.length ?? 0 }, (_, g) => columns.map((col) => col[g]!));
  return mixturePosterior(rows, weights);
}

/**
 * The starting posteriors: buyers ranked by how they answered (accepts less rejects per request,
 * then by id), cut into K runs of equal size, each buyer 0.7 in its run's profile. Deterministic.
 */
export function startingPosterior(d: Grouped, k: number, ids: readonly string[]): number[][] {
  const score = new Array<number>(d.groups).fill(0);
  const n = new Array<number>(d.groups).fill(0);
  d.units.delay.forEach((u, i) => {
    const g = d.group[i]!;
    n[g]! += 1;
    score[g]! += u.event === 0 ? 1 : u.event === 1 ? -1 : 0;
  });
  return rankedStart(
    score.map((s, g) => s / Math.max(1, n[g]!)),
    ids,
    k,
  );
}

/** What the EM fits for each profile: each its own timing and family, or (`timings` null) every timing as a binned table, the profile taking the best. */
export interface EmPlan {
  /** Each profile's timing, or null: each round, each profile takes the timing whose table fits its weighted requests best. */
  readonly timings: readonly Timing[] | null;
  readonly families: readonly Family[];
  /** The tables' bin edges per timing (binned tables), or null (each family's own). */
  readonly edges: Readonly<Record<Timing, readonly number[]>> | null;
}

export interface EmResult {
  readonly weights: readonly number[];
  readonly components: readonly MixtureComponent[];
  /** Per training buyer (group), the posterior of each profile. */
  readonly posterior: readonly (readonly number[])[];
  /** Per profile, its fit in each timing the last M step fitted (every timing when `timings` is null). */
  readonly byTiming: readonly Partial<Record<Timing, CompetingFit>>[];
}

/**
 * EM over K profiles of the answer model: the E step gives each buyer its posterior over the
 * profiles from all its requests together; the M step refits each profile's censored answer
 * model (fitCompetingRisks) on every request weighted by its buyer's posterior, and the weights
 * as the posteriors' means. With `plan.timings` null the M step fits each profile in every
 * timing (tables of the same bins, densities in time, so their likelihoods compare on equal
 * terms) and the profile takes the one with the highest weighted log-likelihood of its requests:
 * each profile its own timing. Null when a profile cannot be fitted.
 */
export function answerEm(d: Grouped, k: number, plan: EmPlan, start: readonly (readonly number[])[], rounds: number): EmResult | null {
  let posterior = start;
  let byTiming: Partial<Record<Timing, CompetingFit>>[] = Array.from({ length: k }, () => ({}));
  let components: MixtureComponent[] = [];
  let weights = new Array<number>(k).fill(1 / k);
  let previous = Number.NEGATIVE_INFINITY;
  for (let round = 0; round < rounds; round++) {
    weights = Array.from({ length: k }, (_, c) => posterior.reduce((s, p) => s + p[c]!, 0) / Math.max(1, d.groups));
    const next: MixtureComponent[] = [];
    const nextBy: Partial<Record<Timing, CompetingFit>>[] = [];
    for (let c = 0; c < k; c++) {
      const idx = d.group.flatMap((g, i) => (posterior[g]![c]! > 1e-6 ? [i] : []));
      const w = idx.map((i) => posterior[d.group[i]!]![c]!);
      const family = plan.families[c]!;
      const options = plan.timings ? [plan.timings[c]!] : TIMINGS;
      const by: Partial<Record<Timing, CompetingFit>> = {};
      let best: { timing: Timing; fit: CompetingFit; ll: number } | null = null;
      for (const timing of options) {
        const units = idx.map((i) => d.units[timing][i]!);
        const from = byTiming[c]![timing];
        const fit = fitCompetingRisks(units, 2, family, scaleOf(timing), from ? INNER : 40, from, plan.edges?.[timing], w);
        if (!fit) continue;
        by[timing] = fit;
        const ll = options.length === 1 ? 0 : units.reduce((s, u, j) => s + w[j]! * unitLogProbability(u, fit.shares, fit.components), 0);
        if (best === null || ll > best.ll) best = { timing, fit, ll };
      }
      if (best === null) return null;
      next.push({ timing: best.timing, family, fit: best.fit });
      nextBy.push(by);
    }
    components = next;
    byTiming = nextBy;
    const m = mix(
      next.map((p) => groupLogLikelihood(d, p.timing, p.fit)),
      weights,
    );
    posterior = m.posterior;
    if (Math.abs(m.total - previous) < 1e-6 * (1 + Math.abs(m.total))) break;
    previous = m.total;
  }
  return { weights, components, posterior, byTiming };
}
