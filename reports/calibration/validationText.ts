import type { DelayCheck, ShareCheck, ValidationModel } from '../../generators/calibrate/ValidationModel.js';
import { count, decimal } from '../render/format.js';
import { pValueText, testName } from '../render/card/cardText.js';

/** The validation report's words and small figures, one wording for HTML and Markdown. */

type Check = ShareCheck | DelayCheck;

/** "chi-square 3.210 against 11.070 (p 0.523): pass". */
export function checkSentence(c: Check): string {
  return `${testName(c.test)} statistic ${decimal(c.statistic, 3)} against the threshold ${decimal(c.threshold, 3)} (p-value ${pValueText(c.pValue)}): ${c.verdict === 'pass' ? 'pass' : 'FAIL'}`;
}

/** What a check's verdict means, in one sentence. */
export function verdictMeaning(c: Check): string {
  const what = c.test === 'ks' ? 'the largest gap between the two cumulative distributions' : 'the gap between the counts per category';
  return c.verdict === 'pass'
    ? `Within the threshold: the fitted population's run and the log's holdout agree on the ${c.what} (${what} is below it).`
    : `Beyond the threshold: the fitted population's run and the log's holdout disagree on the ${c.what} (${what} is above it).`;
}

/** "3 of 4 checks passed; failed: accept delay (the simulated run's seed: 1)", a sentence without its full stop. */
export function validationLead(m: ValidationModel): string {
  const all = [...m.shares, ...m.delays];
  const passed = all.filter((c) => c.verdict === 'pass').length;
  const failed = all.filter((c) => c.verdict === 'fail').map((c) => c.what);
  const verdict = all.length === 0 ? 'No check' : failed.length === 0 ? `All ${all.length} checks passed` : `${passed} of ${all.length} checks passed; failed: ${failed.join(', ')}`;
  return `${verdict} (the simulated run's seed: ${m.seed})`;
}

/** Counts as shares of their total (0 when there is none). */
export function sharesOf(counts: readonly number[]): number[] {
  const total = counts.reduce((s, c) => s + c, 0);
  return counts.map((c) => (total > 0 ? c / total : 0));
}

/** The unit a set of durations reads best in, by its median: [ms per unit, name]. */
export function durationUnit(sortedMs: readonly number[]): [number, string] {
  const mid = sortedMs.length ? sortedMs[Math.floor(sortedMs.length / 2)]! : 0;
  if (mid >= 2 * 86_400_000) return [86_400_000, 'days'];
  if (mid >= 3_600_000) return [3_600_000, 'hours'];
  if (mid >= 60_000) return [60_000, 'minutes'];
  return [1_000, 'seconds'];
}

export const QUANTILES = [0.1, 0.25, 0.5, 0.75, 0.9] as const;

/** The q-quantile of sorted samples (the nearest rank), or null for none. */
export function quantile(sorted: readonly number[], q: number): number | null {
  if (sorted.length === 0) return null;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

/** A duration in the chosen unit, two decimals, or "—" for none. */
export function inUnit(ms: number | null, per: number): string {
  return ms === null ? '—' : decimal(ms / per, 2);
}

/** "1,052 observed, 2,000 simulated samples". */
export function samplesText(c: DelayCheck): string {
  return `${count(c.observed.length)} observed and ${count(c.simulated.length)} simulated samples shown`;
}
