import { type DrawEstimate, type PooledDraws, pooledDraws, rubin } from './pooledDraws.js';
import { tDistributionTail } from './tDistributionTail.js';

/** A joint model (one option of every weighed choice) with a card weight below this is not drawn (compare --parameter-draws); its weight is reported as not drawn. */
export const MODEL_WEIGHT_FLOOR = 0.01;
/** The fewest draws a model drawn gets (while the draws last), so that its own spread over the parameters is estimated. */
export const MIN_DRAWS_PER_MODEL = 2;

/** The draws of one model (one option of each weighed choice) and that model's weight. */
export interface ModelGroup {
  readonly weight: number;
  readonly draws: readonly DrawEstimate[];
}

/** The draws pooled over models: the mixture's interval, and each model's own Rubin-pooled figures. */
export interface MixtureDraws extends PooledDraws {
  /** Per group, in the order given: its weight (normalised), Rubin's pooled interval over its draws and t's degrees of freedom. */
  readonly models: readonly { readonly weight: number; readonly pooled: PooledDraws; readonly df: number }[];
}

/**
 * Draws of several models pooled as a mixture: each model's draws pooled by Rubin's rules
 * (pooledDraws: a t around its mean, scale √T, its ν degrees of freedom), and the models mixed
 * by their weights, not by how many draws each had: the estimate is Σ wₘ·Q̄ₘ, the interval the
 * mixture's 2.5% and 97.5% quantiles (solved by bisection: deterministic). A model that the log
 * gives a weight of a few percent moves the tail by that much whatever its number of draws,
 * and two models whose effects differ in sign give an interval reaching to each, not one
 * centred between them. `within` is Σ wₘ·Wₘ and `between` Σ wₘ·(1 + 1/Nₘ)·Bₘ + Σ wₘ·(Q̄ₘ − Q̄)²:
 * each model's Rubin between-draw part and the spread of the models' means, so that within +
 * between is the mixture's variance as Rubin's rules read each model (T = W + (1 + 1/N)·B), not
 * the t's own variance, which a model of few draws (ν ≤ 2) has none of. `sameWay` the weighted
 * share of draws with the estimate's sign. One group gives pooledDraws's result exactly.
 */
export function mixtureDraws(groups: readonly ModelGroup[], maxDf: number): MixtureDraws {
  const kept = groups.filter((g) => g.draws.length > 0 && g.weight > 0);
  if (kept.length === 0) throw new RangeError('mixtureDraws needs a model with a positive weight and at least one draw');
  const total = kept.reduce((s, g) => s + g.weight, 0);
  const models = kept.map((g) => {
    const pooled = pooledDraws(g.draws, maxDf);
    const r = rubin(g.draws, maxDf);
    // The t's scale is √T, T = W + (1 + 1/N)·B, its ν at least 1, as pooledDraws takes them.
    return { weight: g.weight / total, pooled, df: Math.max(1, r.df), total: r.total, scale: Math.sqrt(r.total) };
  });
  if (models.length === 1) return { ...models[0]!.pooled, models: models.map(({ weight, pooled, df }) => ({ weight, pooled, df })) };
  const estimate = models.reduce((s, m) => s + m.weight * m.pooled.interval.estimate, 0);
  const cdf = (x: number): number =>
    models.reduce((s, m) => {
      const sd = m.scale;
      const mean = m.pooled.interval.estimate;
      if (!(sd > 0)) return s + m.weight * (x >= mean ? 1 : 0);
      const t = (x - mean) / sd;
      const tail = tDistributionTail(t, m.df) / 2;
      return s + m.weight * (t >= 0 ? 1 - tail : tail);
    }, 0);
  const lowest = Math.min(...models.map((m) => m.pooled.interval.low));
  const highest = Math.max(...models.map((m) => m.pooled.interval.high));
  const within = models.reduce((s, m) => s + m.weight * m.pooled.within, 0);
  // Rubin's total of each model and the spread of their means: finite whatever a model's ν.
  const variance = models.reduce((s, m) => s + m.weight * (m.total + (m.pooled.interval.estimate - estimate) ** 2), 0);
  const sign = Math.sign(estimate);
  const sameWay = kept.reduce((s, g, k) => s + models[k]!.weight * (g.draws.filter((d) => Math.sign(d.estimate) === sign).length / g.draws.length), 0);
  return {
    interval: { estimate, low: quantile(cdf, 0.025, lowest, highest), high: quantile(cdf, 0.975, lowest, highest), method: 't' },
    within,
    between: Math.max(0, variance - within),
    sameWay,
    models: models.map(({ weight, pooled, df }) => ({ weight, pooled, df })),
  };
}

/** The x at which the increasing `cdf` reaches p, by bisection between bounds widened until they hold it. */
function quantile(cdf: (x: number) => number, p: number, low: number, high: number): number {
  let span = Math.max(high - low, 1e-12);
  let lo = low - span;
  let hi = high + span;
  while (cdf(lo) > p) lo -= (span *= 2);
  while (cdf(hi) < p) hi += (span *= 2);
  for (let i = 0; i < 200 && hi - lo > 1e-15 * Math.max(1, Math.abs(lo) + Math.abs(hi)); i++) {
    const mid = (lo + hi) / 2;
    if (cdf(mid) < p) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}
