import { chiSquareQuantile } from '../stats/chiSquare.js';
import type { FittedDistribution } from './FittedDistribution.js';
import type { Observation } from './Observation.js';

/**
 * The exponential by censored maximum likelihood: the mean is the exposure over the events
 * (intervals are settled by EM steps on their expected value). The mean's 95% interval is the
 * exact one of a censored exponential sample: 2·exposure / χ²(2·events).
 */
export function fitExponential(obs: readonly Observation[]): FittedDistribution | null {
  let mean = 0;
  let events = 0;
  let total = 0;
  for (const o of obs) {
    if (o.w <= 0) continue;
    total += o.w * (o.hi === Number.POSITIVE_INFINITY || o.lo === o.hi ? o.lo : (o.lo + o.hi) / 2);
    if (o.hi !== Number.POSITIVE_INFINITY) events += o.w;
  }
  if (!(events > 0) || !(total > 0)) return null;
  mean = total / events;
  for (let it = 0; it < 50; it++) {
    let exposure = 0;
    for (const o of obs) {
      if (o.w <= 0) continue;
      if (o.lo === o.hi || o.hi === Number.POSITIVE_INFINITY) exposure += o.w * o.lo;
      else exposure += o.w * intervalMean(o.lo, o.hi, mean);
    }
    const next = exposure / events;
    if (Math.abs(next - mean) < 1e-9 * mean) break;
    mean = next;
  }
  return exponential(mean, events);
}

/** E[T | lo < T ≤ hi] for an exponential of this mean. */
function intervalMean(lo: number, hi: number, mean: number): number {
  const w = hi - lo;
  const r = Math.exp(-w / mean);
  if (r === 1) return (lo + hi) / 2;
  return lo + mean - (w * r) / (1 - r);
}

/** The exponential of this mean, its interval from `events`. */
export function exponential(mean: number, events: number): FittedDistribution {
  const exposure = mean * events;
  const low = (2 * exposure) / chiSquareQuantile(0.975, 2 * events);
  const high = (2 * exposure) / chiSquareQuantile(0.025, 2 * events);
  return {
    family: 'exponential',
    spec: { exponential: { mean } },
    logPdf: (x) => (x < 0 ? Number.NEGATIVE_INFINITY : -Math.log(mean) - x / mean),
    cdf: (x) => (x <= 0 ? 0 : 1 - Math.exp(-x / mean)),
    parameters: [{ key: 'mean', estimate: mean, low: Math.min(mean, low), high: Math.max(mean, high), kind: 'value' }],
    mean,
  };
}
