import type { DistributionSpec } from '../../random/DistributionSpec.js';

export type Family = 'constant' | 'exponential' | 'logNormal' | 'uniform' | 'empirical';

/** A fitted parameter of a distribution, with its 95% interval, in the distribution's unit. */
export interface FittedParameter {
  /** The key under the distribution in the population file: `mean`, `median`, `sigma`, `0` (uniform's low end), `empirical.2.weight`. */
  readonly key: string;
  readonly estimate: number;
  readonly low: number;
  readonly high: number;
  /** Whether the value is in the distribution's unit (ms or fraction), a weight, or a sigma. */
  readonly kind: 'value' | 'weight' | 'sigma';
}

/** A distribution fitted to censored observations: its file form, its density and CDF, its parameters. */
export interface FittedDistribution {
  readonly family: Family;
  readonly spec: DistributionSpec;
  /** log density at x (−Infinity outside the support). */
  readonly logPdf: (x: number) => number;
  readonly cdf: (x: number) => number;
  readonly parameters: readonly FittedParameter[];
  /** The distribution's mean (for the card and the checks). */
  readonly mean: number;
}
