import type { Family, FittedDistribution } from './FittedDistribution.js';
import { logLikelihood } from './logLikelihood.js';
import type { Observation } from './Observation.js';
import { fitEmpirical } from './fitEmpirical.js';
import { fitExponential } from './fitExponential.js';
import { fitLogNormal } from './fitLogNormal.js';
import { fitUniform } from './fitUniform.js';

/** One candidate of a model choice and how well it predicted the holdout. */
export interface ChoiceOption {
  readonly name: string;
  readonly heldOutLogLikelihood: number;
}

/** A distribution chosen among families by held-out log-likelihood, with the evidence. */
export interface FamilyChoice {
  readonly fitted: FittedDistribution;
  readonly options: readonly ChoiceOption[];
  readonly evidence: string;
}

/** How each family is fitted: durations (ms, ≥ 0) or fractions of a window (0 … 1). */
export type Scale = 'ms' | 'fraction';

export const DURATION_FAMILIES: readonly Family[] = ['exponential', 'logNormal', 'uniform', 'empirical'];
export const FRACTION_FAMILIES: readonly Family[] = ['uniform', 'empirical'];

/** Fits one family to censored observations (null: the data cannot carry it). */
export function fitFamily(family: Family, obs: readonly Observation[], scale: Scale, tail: boolean, previous?: FittedDistribution | null, edges?: readonly number[]): FittedDistribution | null {
  switch (family) {
    case 'exponential':
      return fitExponential(obs);
    case 'logNormal':
      return fitLogNormal(obs, previous && 'logNormal' in previous.spec ? previous.spec.logNormal : undefined);
    case 'uniform':
      return scale === 'fraction' ? fitUniform(obs, 0, 1) : fitUniform(obs);
    case 'empirical':
      if (edges !== undefined) return fitEmpirical(obs, { edges, previous: previous ?? null, smooth: 0.5 });
      return scale === 'fraction' ? fitEmpirical(obs, { edges: Array.from({ length: 11 }, (_, k) => k / 10), previous: previous ?? null }) : fitEmpirical(obs, { tail, previous: previous ?? null });
    case 'constant':
      return null;
    default: {
      const unreachable: never = family;
      throw new Error(`unknown family ${String(unreachable)}`);
    }
  }
}

/**
 * Fits each family to the training observations and keeps the one whose censored likelihood
 * of the held-out observations is highest. A sample whose exact values are all one value (in
 * training and holdout alike) is a constant.
 */
export function chooseFamily(train: readonly Observation[], holdout: readonly Observation[], scale: Scale): FamilyChoice | null {
  const exactValues = [...train, ...holdout].filter((o) => o.w > 0 && o.lo === o.hi).map((o) => o.lo);
  if (exactValues.length === 0) return null;
  const min = Math.min(...exactValues);
  if (exactValues.length >= 2 && Math.max(...exactValues) - min <= (scale === 'ms' ? 1 : 1e-9)) {
    return { fitted: constant(min), options: [{ name: 'constant', heldOutLogLikelihood: 0 }], evidence: `all ${exactValues.length.toLocaleString('en-US')} observed values are ${min}` };
  }
  const options: { name: Family; fitted: FittedDistribution; ll: number }[] = [];
  for (const family of scale === 'ms' ? DURATION_FAMILIES : FRACTION_FAMILIES) {
    const fitted = fitFamily(family, train, scale, true);
    if (fitted) options.push({ name: family, fitted, ll: logLikelihood(fitted, holdout) });
  }
  if (options.length === 0) return null;
  options.sort((a, b) => b.ll - a.ll);
  const n = holdout.reduce((s, o) => s + o.w, 0);
  const best = options[0]!;
  const evidence = options.length === 1 ? `the only family the data carries (${n} held-out values)` : `held-out log-likelihood higher by ${(best.ll - options[1]!.ll).toFixed(1)} than ${options[1]!.name} over ${n.toLocaleString('en-US')} held-out values`;
  return { fitted: best.fitted, options: options.map((o) => ({ name: o.name, heldOutLogLikelihood: round1(o.ll) })), evidence };
}

export const round1 = (x: number): number => (Number.isFinite(x) ? Math.round(x * 10) / 10 : -1e300);

/** The constant distribution at v. */
export function constant(v: number): FittedDistribution {
  return {
    family: 'constant',
    spec: { constant: v },
    logPdf: (x) => (Math.abs(x - v) <= 1 ? 0 : Number.NEGATIVE_INFINITY),
    cdf: (x) => (x < v ? 0 : 1),
    parameters: [{ key: 'constant', estimate: v, low: v, high: v, kind: 'value' }],
    mean: v,
  };
}
