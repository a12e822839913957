import type { Observation } from './Observation.js';
import type { FittedDistribution } from './FittedDistribution.js';

/** A floor for probabilities, so one impossible value makes a fit very bad, not undefined. */
export const LOG_FLOOR = Math.log(1e-300);

/** log P(observation) under `d`: the density at an exact value, the survival or the interval's mass otherwise. */
export function logProbability(d: Pick<FittedDistribution, 'logPdf' | 'cdf'>, o: Observation): number {
  if (o.lo === o.hi) return Math.max(LOG_FLOOR, d.logPdf(o.lo));
  const p = (o.hi === Number.POSITIVE_INFINITY ? 1 : d.cdf(o.hi)) - d.cdf(o.lo);
  return p > 0 ? Math.max(LOG_FLOOR, Math.log(p)) : LOG_FLOOR;
}

/** The weighted censored log-likelihood of the observations under `d`. */
export function logLikelihood(d: Pick<FittedDistribution, 'logPdf' | 'cdf'>, obs: readonly Observation[]): number {
  let s = 0;
  for (const o of obs) if (o.w > 0) s += o.w * logProbability(d, o);
  return s;
}
