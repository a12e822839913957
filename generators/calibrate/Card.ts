/** The `calibration:` card (generators/population/calibrationSchema.ts), as calibrate writes it. */
export type Unit = 'probability' | 'ms' | 'fraction' | 'weight' | 'count' | 'per-day' | 'sigma';

export interface CardParameter {
  readonly path: string;
  readonly estimate: number;
  readonly low: number;
  readonly high: number;
  readonly unit: Unit;
  readonly basis: string;
}

export interface CardChoice {
  readonly what: string;
  readonly chosen: string;
  /** Each option's held-out log-likelihood and, where the choice was weighed (modelWeights), its weight. */
  readonly options: readonly { readonly name: string; readonly heldOutLogLikelihood: number; readonly weight?: number }[];
  readonly evidence: string;
}

/**
 * An option of a choice the log does not make (not identified: its held-out lead is within
 * noise), kept beside the one written: what it puts in place of the population's values at
 * `set` (dotted path → value), its weight, and its own fitted parameters. `compare
 * --parameter-draws` draws it by its weight; the chosen option has the rest.
 */
export interface CardAlternative {
  /** The choice it is an option of (a `choices[].what`). */
  readonly what: string;
  readonly name: string;
  readonly weight: number;
  readonly set: Readonly<Record<string, unknown>>;
  readonly parameters: readonly CardParameter[];
}

export interface CardCheck {
  readonly what: string;
  readonly test: 'ks' | 'chi-square';
  readonly statistic: number;
  readonly threshold: number;
  readonly pValue: number;
  readonly n: number;
  readonly verdict: 'pass' | 'fail';
}

export interface CardUnidentified {
  readonly what: string;
  readonly why: string;
  readonly assumption: string;
  readonly policyKeys: readonly string[];
  /** Population paths whose value is this assumption (left out of the recovery proof's coverage). */
  readonly paths?: readonly string[];
}

export interface Card {
  readonly source: {
    readonly files: readonly { readonly name: string; readonly sha256: string; readonly records: number }[];
    readonly sha256: string;
    readonly from: string;
    readonly until: string;
    readonly claims: number;
    readonly policy: string;
  };
  readonly method: { readonly holdout: number; readonly seed: number; readonly sellerProfiles: number; readonly buyerProfiles: number };
  readonly parameters: readonly CardParameter[];
  readonly choices: readonly CardChoice[];
  readonly checks: readonly CardCheck[];
  readonly unidentified: readonly CardUnidentified[];
  /** Present when some choice is not identified by the log. */
  readonly alternatives?: readonly CardAlternative[];
}

/** Collects the card's parameters, choices and assumptions as the fits run. */
export class CardBuilder {
  readonly parameters: CardParameter[] = [];
  readonly choices: CardChoice[] = [];
  readonly unidentified: CardUnidentified[] = [];
  readonly alternatives: CardAlternative[] = [];

  /** A fitted number; low/high are its 95% interval (kept around the estimate, rounded alike). */
  parameter(path: string, estimate: number, low: number, high: number, unit: Unit, basis: string): void {
    const r = (x: number): number => (unit === 'ms' ? Math.round(x) : +x.toPrecision(6));
    const e = r(estimate);
    this.parameters.push({ path, estimate: e, low: Math.min(e, r(low)), high: Math.max(e, r(high)), unit, basis });
  }

  choice(c: CardChoice): void {
    this.choices.push(c);
  }

  assume(u: CardUnidentified): void {
    this.unidentified.push(u);
  }

  alternative(a: CardAlternative): void {
    this.alternatives.push(a);
  }
}

/** A count as people read it: 4,210. */
export const count = (n: number): string => Math.round(n).toLocaleString('en-US');
