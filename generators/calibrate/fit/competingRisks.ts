import { wilson } from '../stats/wilson.js';
import type { Family, FittedDistribution } from './FittedDistribution.js';
import { LOG_FLOOR, logProbability } from './logLikelihood.js';
import type { Observation } from './Observation.js';
import { type Scale, fitFamily } from './chooseFamily.js';

/**
 * One unit of a competing-risks model (a request the buyer may accept, reject or leave
 * unanswered; a rejection after which the seller may give up, re-request or do nothing): one
 * categorical draw picks a component (or none), then that component's delay. `event` is the
 * component seen, with its exact value in `obs[event]`; −1 when none was seen, and then
 * `obs[k]` says what the log rules out for component k (its value is beyond the censoring,
 * an interval, or anything: `{ lo: -Infinity … }` is never used; use `null` for "impossible").
 */
export interface RiskUnit {
  readonly event: number;
  readonly obs: readonly (Observation | null)[];
  /** Added to an event's log density so that models on different scales compare (a fraction of a window W: −log W). */
  readonly logJacobian?: number;
}

export interface CompetingFit {
  /** The probabilities of the components, then of none (the last). */
  readonly shares: readonly number[];
  readonly intervals: readonly { readonly low: number; readonly high: number }[];
  readonly components: readonly FittedDistribution[];
  readonly n: number;
}

/**
 * EM over a competing-risks model: a unit seen censored is shared among "none" and each
 * component by its posterior; each component's delay is refitted on its exact values and its
 * share of the censored ones (survival likelihood, never dropped). The shares' 95% intervals
 * are Wilson's on the expected counts.
 */
export function fitCompetingRisks(
  units: readonly RiskUnit[],
  k: number,
  family: Family | readonly Family[],
  scale: Scale,
  iterations = 40,
  start?: CompetingFit,
  edges?: readonly number[],
  weights?: readonly number[],
): CompetingFit | null {
  const families = typeof family === 'string' ? new Array<Family>(k).fill(family) : family;
  // A unit's weight (1, or its share of a profile in a mixture's EM step); n is the weighted count.
  const weightOf = (i: number): number => (weights ? weights[i]! : 1);
  const n = weights ? weights.reduce((s, w) => s + w, 0) : units.length;
  if (units.length === 0 || !(n > 0)) return null;
  let shares = new Array<number>(k + 1).fill(1 / (k + 1));
  let components: (FittedDistribution | null)[] = new Array<FittedDistribution | null>(k).fill(null);
  // Start from the events alone (censored units as if none), then let EM share them.
  let resp = units.map((u) => (u.event >= 0 ? null : start ? posterior(u, start.shares, start.components) : [...new Array<number>(k).fill(0), 1]));
  let previous = Number.NEGATIVE_INFINITY;
  for (let it = 0; it < iterations; it++) {
    const counts = new Array<number>(k + 1).fill(0);
    const perComponent: Observation[][] = Array.from({ length: k }, () => []);
    units.forEach((u, i) => {
      const w = weightOf(i);
      if (!(w > 0)) return;
      if (u.event >= 0) {
        counts[u.event]! += w;
        perComponent[u.event]!.push(w === 1 ? u.obs[u.event]! : { ...u.obs[u.event]!, w });
        return;
      }
      const r = resp[i]!;
      for (let c = 0; c <= k; c++) counts[c]! += w * r[c]!;
      for (let c = 0; c < k; c++) if (w * r[c]! > 1e-12 && u.obs[c]) perComponent[c]!.push({ ...u.obs[c]!, w: w * r[c]! });
    });
    shares = counts.map((c) => c / n);
    components = perComponent.map((obs, c) => (obs.some((o) => o.lo === o.hi) ? (fitFamily(families[c]!, obs, scale, false, components[c], edges) ?? components[c] ?? null) : null));
    const ll = units.reduce((s, u, i) => s + weightOf(i) * unitLogProbability(u, shares, components), 0);
    resp = units.map((u) => (u.event >= 0 ? null : posterior(u, shares, components)));
    if (Math.abs(ll - previous) < 1e-6 * (1 + Math.abs(ll))) break;
    previous = ll;
  }
  const fitted = components.map((c, i) => c ?? placeholder(shares[i]!));
  return { shares, intervals: shares.map((p) => wilson(p * n, n)), components: fitted, n };
}

/** A component never seen: its share is 0, its delay anything (at once). */
function placeholder(share: number): FittedDistribution {
  void share;
  return { family: 'constant', spec: { constant: 0 }, logPdf: (x) => (x === 0 ? 0 : Number.NEGATIVE_INFINITY), cdf: (x) => (x < 0 ? 0 : 1), parameters: [], mean: 0 };
}

function posterior(u: RiskUnit, shares: readonly number[], components: readonly (FittedDistribution | null)[]): number[] {
  const k = components.length;
  const p = new Array<number>(k + 1).fill(0);
  for (let c = 0; c < k; c++) {
    const o = u.obs[c];
    const d = components[c];
    if (!o || !d || !(shares[c]! > 0)) continue;
    p[c] = shares[c]! * Math.exp(logProbability(d, { ...o, w: 1 }));
  }
  p[k] = shares[k]!;
  const s = p.reduce((a, b) => a + b, 0);
  return s > 0 ? p.map((v) => v / s) : [...new Array<number>(k).fill(0), 1];
}

/** log P(unit) under the model. */
export function unitLogProbability(u: RiskUnit, shares: readonly number[], components: readonly (FittedDistribution | null)[]): number {
  if (u.event >= 0) {
    const d = components[u.event];
    if (!d || !(shares[u.event]! > 0)) return LOG_FLOOR;
    return Math.log(shares[u.event]!) + logProbability(d, { ...u.obs[u.event]!, w: 1 }) + (u.logJacobian ?? 0);
  }
  let p = shares[components.length]!;
  components.forEach((d, c) => {
    const o = u.obs[c];
    if (d && o && shares[c]! > 0) p += shares[c]! * Math.exp(logProbability(d, { ...o, w: 1 }));
  });
  return p > 0 ? Math.max(LOG_FLOOR, Math.log(p)) : LOG_FLOOR;
}

/** The model's log-likelihood of other units (the holdout). */
export function competingLogLikelihood(fit: CompetingFit, units: readonly RiskUnit[]): number {
  return units.reduce((s, u) => s + unitLogProbability(u, fit.shares, fit.components), 0);
}
