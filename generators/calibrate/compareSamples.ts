import type { DelayCheck, ShareCheck } from './ValidationModel.js';
import { chiSquareQuantile, chiSquareSurvival } from './stats/chiSquare.js';
import { ksPValue, ksStatistic, ksThreshold } from './stats/ksTest.js';

/** The level of every check: a verdict fails when p < 0.05. */
export const CHECK_LEVEL = 0.05;
/** At most this many points of a sample go into the validation model (evenly thinned). */
const MAX_SAMPLE = 2000;

/**
 * Observed against simulated counts per category: Pearson's χ² test of homogeneity on the
 * 2 × k table (categories empty on both sides left out).
 */
export function shareCheck(what: string, categories: readonly string[], observed: readonly number[], simulated: readonly number[]): ShareCheck {
  const keep = categories.map((_, i) => observed[i]! + simulated[i]! > 0);
  const o = observed.filter((_, i) => keep[i]);
  const s = simulated.filter((_, i) => keep[i]);
  const no = o.reduce((a, b) => a + b, 0);
  const ns = s.reduce((a, b) => a + b, 0);
  const df = Math.max(1, o.length - 1);
  let statistic = 0;
  if (no > 0 && ns > 0) {
    for (let i = 0; i < o.length; i++) {
      const col = o[i]! + s[i]!;
      const eo = (col * no) / (no + ns);
      const es = (col * ns) / (no + ns);
      statistic += (o[i]! - eo) ** 2 / eo + (s[i]! - es) ** 2 / es;
    }
  }
  const pValue = no > 0 && ns > 0 && o.length > 1 ? chiSquareSurvival(statistic, df) : 1;
  const threshold = chiSquareQuantile(1 - CHECK_LEVEL, df);
  return { what, categories, observed, simulated, test: 'chi-square', statistic: round(statistic), threshold: round(threshold), pValue: round(pValue), verdict: pValue >= CHECK_LEVEL ? 'pass' : 'fail' };
}

/** Observed against simulated durations: the two-sample Kolmogorov–Smirnov test. */
export function delayCheck(what: string, observed: readonly number[], simulated: readonly number[]): DelayCheck {
  const o = observed.slice().sort((a, b) => a - b);
  const s = simulated.slice().sort((a, b) => a - b);
  const enough = o.length > 0 && s.length > 0;
  const statistic = enough ? ksStatistic(o, s) : 0;
  const pValue = enough ? ksPValue(statistic, o.length, s.length) : 1;
  const threshold = enough ? ksThreshold(o.length, s.length) : 1;
  return { what, unit: 'ms', observed: thin(o), simulated: thin(s), test: 'ks', statistic: round(statistic), threshold: round(threshold), pValue: round(pValue), verdict: pValue >= CHECK_LEVEL ? 'pass' : 'fail' };
}

/** A sorted sample evenly thinned to at most MAX_SAMPLE points. */
function thin(sorted: readonly number[]): number[] {
  if (sorted.length <= MAX_SAMPLE) return sorted.slice();
  return Array.from({ length: MAX_SAMPLE }, (_, k) => sorted[Math.floor((k * (sorted.length - 1)) / (MAX_SAMPLE - 1))]!);
}

const round = (x: number): number => +x.toPrecision(6);
