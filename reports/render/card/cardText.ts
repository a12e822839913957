import type { CalibrationCard, CalibrationCheck, CalibrationChoice, CalibrationParameter, CalibrationUnidentified, CalibrationUnit } from '../../../generators/population/calibrationSchema.js';
import { count, decimal, percent } from '../format.js';

/**
 * The calibration card's parts as plain text, one wording for the console, Markdown and HTML
 * (docs/reports.md, the calibration card). Pure: the card in, strings out.
 */

/** What marks an unidentified entry wherever it is shown. */
export const ASSUMPTION_MARK = 'assumption, not learned from the log';

/** The first 12 hex digits of a SHA-256, as the card shows it. */
export function hashPrefix(sha256: string): string {
  return `${sha256.slice(0, 12)}…`;
}

/** "claims.ndjson" or "a.ndjson, b.ndjson": the log's files. */
export function sourceName(card: CalibrationCard): string {
  return card.source.files.map((f) => f.name).join(', ');
}

/** One sentence on where the numbers come from: files, hash, period, claims, policy. */
export function sourceText(card: CalibrationCard): string {
  const s = card.source;
  const files = s.files.map((f) => `${f.name} (${count(f.records)} records, sha256 ${hashPrefix(f.sha256)})`).join(', ');
  const all = s.files.length > 1 ? `; all files sha256 ${hashPrefix(s.sha256)}` : '';
  return `Fitted from ${files}${all}: ${count(s.claims)} claims from ${s.from} to ${s.until}, read under the ${policyName(s.policy)}.`;
}

function policyName(policy: string): string {
  if (policy === 'default') return 'default policy';
  if (policy === 'header') return "log header's policy";
  return `policy ${policy}`;
}

/** How the fit was made: the holdout, the seed, the profiles. */
export function methodText(card: CalibrationCard): string {
  const m = card.method;
  const profiles = (n: number, what: string) => `${n} ${what} profile${n === 1 ? '' : 's'}`;
  return `${percent(m.holdout, 0)} of the claims held out for the checks, seed ${m.seed}, ${profiles(m.sellerProfiles, 'seller')} and ${profiles(m.buyerProfiles, 'buyer')}.`;
}

/** The checks in one line: "2 fit checks: 1 passed, 1 failed (outcome shares)". */
export function checksVerdictText(card: CalibrationCard): string {
  const n = card.checks.length;
  if (n === 0) return 'no fit check on the holdout';
  const failed = card.checks.filter((c) => c.verdict === 'fail');
  if (failed.length === 0) return `${n === 1 ? 'the fit check' : `all ${n} fit checks`} on the holdout passed`;
  return `${failed.length} of ${n} fit checks on the holdout failed (${failed.map((c) => c.what).join(', ')})`;
}

/** The card in one line, for the head of a report: source, claims, checks, assumptions. */
export function cardHeadline(card: CalibrationCard): string {
  const u = card.unidentified.length;
  const assumptions = u === 0 ? 'nothing the log cannot identify' : `${u} assumption${u === 1 ? '' : 's'} the log cannot identify`;
  return `Calibrated population: fitted from ${sourceName(card)} (${count(card.source.claims)} claims, ${card.source.from.slice(0, 10)} to ${card.source.until.slice(0, 10)}); ${checksVerdictText(card)}; ${assumptions}.`;
}

/** A value in its unit: probabilities and fractions as decimals, durations in a readable unit. */
export function valueText(x: number, unit: CalibrationUnit, scaleOf: number = x): string {
  switch (unit) {
    case 'ms': {
      const [per, name] = durationScale(scaleOf);
      return `${decimal(x / per, per === 1 ? 0 : 2)} ${name}`;
    }
    case 'probability':
    case 'fraction':
    case 'weight':
    case 'sigma':
      return decimal(x, 3);
    case 'count':
      // Large counts read as whole numbers with separators ("2,893"), small ones keep two decimals.
      return Math.abs(scaleOf) >= 100 ? count(x) : decimal(x, Number.isInteger(x) ? 0 : 2);
    case 'per-day':
      return `${decimal(x, 2)} per day`;
  }
}

/** The unit a duration of this size reads best in: ms, s, min, h or d. */
function durationScale(ms: number): [number, string] {
  const a = Math.abs(ms);
  if (a >= 86_400_000) return [86_400_000, 'd'];
  if (a >= 3_600_000) return [3_600_000, 'h'];
  if (a >= 60_000) return [60_000, 'min'];
  if (a >= 1_000) return [1_000, 's'];
  return [1, 'ms'];
}

/** "0.550 (0.540–0.560)" or "26.00 h (25.00 h–27.00 h)": an estimate with its 95% interval. */
export function estimateText(p: CalibrationParameter): string {
  const v = (x: number) => valueText(x, p.unit, p.estimate);
  return `${v(p.estimate)} (${v(p.low)}–${v(p.high)})`;
}

export const PARAMETER_HEADER = ['parameter', 'estimate (95% interval)', 'unit', 'basis'] as const;
export function parameterRow(p: CalibrationParameter): string[] {
  return [p.path, estimateText(p), p.unit === 'ms' ? 'duration' : p.unit, p.basis];
}

export const CHOICE_HEADER = ['model choice', 'chosen', 'held-out log-likelihood of each option', 'evidence'] as const;
export function choiceRow(c: CalibrationChoice): string[] {
  return [c.what, c.chosen, c.options.map((o) => `${o.name} ${decimal(o.heldOutLogLikelihood, 1)}`).join(' · '), c.evidence];
}

export const CHECK_HEADER = ['check on the holdout', 'test', 'statistic', 'threshold', 'p-value', 'n', 'verdict'] as const;
/** The numeric columns of a check row. */
export const CHECK_NUMERIC = [2, 3, 4, 5] as const;
export function checkRow(c: CalibrationCheck): string[] {
  return [c.what, testName(c.test), decimal(c.statistic, 3), decimal(c.threshold, 3), pValueText(c.pValue), count(c.n), verdictText(c.verdict)];
}

export function testName(test: 'ks' | 'chi-square'): string {
  return test === 'ks' ? 'Kolmogorov–Smirnov' : 'chi-square';
}

/** A p-value to three decimals, "< 0.001" below that. */
export function pValueText(p: number): string {
  return p < 0.001 ? '< 0.001' : decimal(p, 3);
}

export function verdictText(verdict: 'pass' | 'fail'): string {
  return verdict === 'pass' ? 'pass' : 'FAIL';
}

export const UNIDENTIFIED_HEADER = ['not identified by the log', 'why', 'what is assumed', 'policy keys that lean on it'] as const;
export function unidentifiedRow(u: CalibrationUnidentified): string[] {
  return [u.what, u.why, `${ASSUMPTION_MARK}: ${u.assumption}`, [...u.policyKeys, ...(u.paths ?? [])].join(', ') || '—'];
}
