import { Z95, logNormalSurvival, normalCdf } from '../stats/normal.js';
import type { FittedDistribution } from './FittedDistribution.js';
import { LOG_FLOOR } from './logLikelihood.js';
import { inverseHessianDiagonal, nelderMead } from './nelderMead.js';
import type { Observation } from './Observation.js';

const LOG_SQRT_2PI = 0.5 * Math.log(2 * Math.PI);

/**
 * The log-normal by censored maximum likelihood over (μ, log σ); the median's and σ's 95%
 * intervals from the observed information (Wald on μ and log σ, so both stay positive).
 */
export function fitLogNormal(obs: readonly Observation[], previous?: { readonly median: number; readonly sigma: number }): FittedDistribution | null {
  const logs: number[] = [];
  for (const o of obs) if (o.w > 0 && o.lo === o.hi && o.lo > 0) logs.push(Math.log(o.lo));
  if (logs.length < 2) return null;
  const m0 = logs.reduce((a, b) => a + b, 0) / logs.length;
  const s0 = Math.sqrt(logs.reduce((a, b) => a + (b - m0) ** 2, 0) / logs.length) || 0.1;
  const ll = (p: readonly number[]): number => logLik(obs, p[0]!, Math.exp(p[1]!));
  const best = previous ? nelderMead(ll, [Math.log(previous.median), Math.log(previous.sigma)], [0.03, 0.03], 80) : nelderMead(ll, [m0, Math.log(s0)], [0.2, 0.2]);
  const [mu, logSigma] = [best[0]!, best[1]!];
  const sigma = Math.exp(logSigma);
  if (!(sigma > 0) || sigma > 10) return null;
  const v = inverseHessianDiagonal(ll, best, [1e-3, 1e-3]);
  const seMu = Math.sqrt(Math.max(0, v[0]!)) || 0;
  const seLs = Math.sqrt(Math.max(0, v[1]!)) || 0;
  const median = Math.exp(mu);
  return {
    ...logNormal(median, sigma),
    parameters: [
      { key: 'median', estimate: median, low: Math.exp(mu - Z95 * seMu), high: Math.exp(mu + Z95 * seMu), kind: 'value' },
      { key: 'sigma', estimate: sigma, low: Math.exp(logSigma - Z95 * seLs), high: Math.exp(logSigma + Z95 * seLs), kind: 'sigma' },
    ],
  };
}

/** The log-normal of this median and σ (no intervals). */
export function logNormal(median: number, sigma: number): FittedDistribution {
  const mu = Math.log(median);
  return {
    family: 'logNormal',
    spec: { logNormal: { median, sigma } },
    logPdf: (x) => (x <= 0 ? Number.NEGATIVE_INFINITY : -Math.log(x * sigma) - LOG_SQRT_2PI - 0.5 * ((Math.log(x) - mu) / sigma) ** 2),
    cdf: (x) => (x <= 0 ? 0 : normalCdf((Math.log(x) - mu) / sigma)),
    parameters: [],
    mean: Math.exp(mu + (sigma * sigma) / 2),
  };
}

function logLik(obs: readonly Observation[], mu: number, sigma: number): number {
  if (!(sigma > 1e-6) || sigma > 20) return Number.NEGATIVE_INFINITY;
  let s = 0;
  const logSigma = Math.log(sigma);
  for (const o of obs) {
    if (o.w <= 0) continue;
    if (o.lo === o.hi) {
      if (o.lo <= 0) {
        s += o.w * LOG_FLOOR;
        continue;
      }
      const lx = Math.log(o.lo);
      const z = (lx - mu) / sigma;
      s += o.w * (-lx - logSigma - LOG_SQRT_2PI - 0.5 * z * z);
    } else if (o.hi === Number.POSITIVE_INFINITY) {
      s += o.lo <= 0 ? 0 : o.w * logNormalSurvival((Math.log(o.lo) - mu) / sigma);
    } else {
      const a = o.lo <= 0 ? 0 : normalCdf((Math.log(o.lo) - mu) / sigma);
      const p = normalCdf((Math.log(o.hi) - mu) / sigma) - a;
      s += o.w * (p > 0 ? Math.log(p) : LOG_FLOOR);
    }
  }
  return s;
}
