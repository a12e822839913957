import type { Interval } from './Interval.js';
import { tCritical } from './tCritical.js';

/** One draw's estimate of a difference and its standard error (within the draw: sampling noise only). */
export interface DrawEstimate {
  readonly estimate: number;
  readonly se: number;
}

/** The draws pooled: the interval with parameter uncertainty included, its parts, and how often the draws agree on the direction. */
export interface PooledDraws {
  readonly interval: Interval;
  /** W: the mean within-draw variance (sampling noise). */
  readonly within: number;
  /** B: the variance of the draws' estimates (the parameters' uncertainty, and noise). */
  readonly between: number;
  /** Share of draws whose estimate has the pooled estimate's sign (0 when the pooled estimate is 0: the share of draws estimating exactly 0). */
  readonly sameWay: number;
}

/**
 * Draws of the fitted parameters pooled by Rubin's rules (Rubin 1987; the draws play the part of
 * imputations): the mean estimate Q̄, the total variance T = W + (1 + 1/N)·B, and t with
 * ν = (N − 1)·(1 + W / ((1 + 1/N)·B))² degrees of freedom, never more than `maxDf` (the
 * draws' own). With one draw, or draws that agree exactly, T = W.
 */
export function pooledDraws(draws: readonly DrawEstimate[], maxDf: number): PooledDraws {
  const { mean, within, between, total, df } = rubin(draws, maxDf);
  const half = tCritical(Math.max(1, df)) * Math.sqrt(total);
  const sign = Math.sign(mean);
  const sameWay = draws.filter((d) => Math.sign(d.estimate) === sign).length / draws.length;
  return { interval: { estimate: mean, low: mean - half, high: mean + half, method: total > 0 ? 't' : 'none' }, within, between, sameWay };
}

/** Rubin's figures over draws (pooledDraws): Q̄, W, B, T = W + (1 + 1/N)·B and ν (at most `maxDf`; `maxDf` when B is 0). */
export interface RubinFigures {
  readonly mean: number;
  readonly within: number;
  readonly between: number;
  readonly total: number;
  readonly df: number;
}

/** Rubin's figures over the draws, as pooledDraws takes them (mixtureDraws takes each model's so). */
export function rubin(draws: readonly DrawEstimate[], maxDf: number): RubinFigures {
  const n = draws.length;
  if (n === 0) throw new RangeError('pooledDraws needs at least one draw');
  const mean = draws.reduce((s, d) => s + d.estimate, 0) / n;
  const within = draws.reduce((s, d) => s + d.se * d.se, 0) / n;
  const between = n > 1 ? draws.reduce((s, d) => s + (d.estimate - mean) ** 2, 0) / (n - 1) : 0;
  const extra = (1 + 1 / n) * between;
  const total = within + extra;
  const df = extra > 0 ? Math.min(maxDf, (n - 1) * (1 + within / extra) ** 2) : maxDf;
  return { mean, within, between, total, df };
}
