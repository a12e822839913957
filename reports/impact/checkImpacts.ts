import type { FinalOutcome } from '../../engine/finalOutcomes.js';
import type { CompareReport } from '../model/CompareReport.js';
import { outcomeLabel } from '../model/outcomeLabel.js';
import type { Interval } from '../stats/Interval.js';
import { points, signedPercent } from '../render/format.js';
import { isSignificant } from '../stats/isSignificant.js';
import { precisionWarning } from './precisionWarning.js';
import { type ChangeRange, formatChangeRange } from './ChangeRange.js';
import type { ImpactFixture } from './ImpactFixture.js';

/** One expected impact against the comparison's result. */
export interface ImpactResult {
  readonly outcome: FinalOutcome;
  readonly kind: 'change' | 'relative';
  readonly expected: ChangeRange;
  /** The observed value: points of share for `change`, a fraction of the baseline for `relative` (null when the baseline share is 0). */
  readonly observed: number | null;
  /** The same as an interval (95%), for `--update`. */
  readonly interval: Interval | null;
  readonly ok: boolean;
  /** isSignificant on the interval: the change is beyond noise (the rule compare and sweep use). */
  readonly significant: boolean;
  readonly message: string;
  /** Set when the range is narrower than the run's interval (precisionWarning). */
  readonly warning: string | null;
}

/**
 * Checks each expected impact: `change` is the paired difference variant − baseline in
 * points of share, `relative` that difference over the baseline share. An impact holds when
 * the observed value lies in its range (ends included). Each says whether the change is
 * beyond noise (isSignificant, as in compare and sweep), and warns when its range is
 * narrower than the run's interval.
 */
export function checkImpacts(fixture: ImpactFixture, report: CompareReport): { readonly ok: boolean; readonly results: readonly ImpactResult[] } {
  const results: ImpactResult[] = [];
  for (const e of fixture.expect) {
    const row = report.outcomes.find((o) => o.outcome === e.outcome)!;
    if (e.change) {
      const observed = row.difference.estimate;
      results.push(result(e.outcome, 'change', e.change, observed, row.difference));
    }
    if (e.relative) {
      const base = row.baseline.estimate;
      const d = row.difference;
      const interval = base > 0 ? { estimate: d.estimate / base, low: d.low / base, high: d.high / base, method: d.method } : null;
      results.push(result(e.outcome, 'relative', e.relative, interval ? interval.estimate : null, interval));
    }
  }
  return { ok: results.every((r) => r.ok), results };
}

function result(outcome: FinalOutcome, kind: 'change' | 'relative', expected: ChangeRange, observed: number | null, interval: Interval | null): ImpactResult {
  const eps = 1e-9;
  const ok = observed !== null && observed >= expected.low - eps && observed <= expected.high + eps;
  const seen =
    observed === null ? 'undefined (the baseline share is 0)' : kind === 'change' ? points(observed, 2) : `${signedPercent(observed)} of the baseline share`;
  const significant = interval !== null && isSignificant(interval);
  const noise = observed === null ? '' : significant ? ' (beyond noise)' : ' (within noise)';
  const message = `${outcomeLabel(outcome)} (${outcome}) ${kind}: ${seen}${noise}, expected ${formatChangeRange(expected)}${ok ? '' : ' — out of range'}`;
  const warning = precisionWarning(expected, interval, kind === 'change' ? 'pp' : '% of the baseline share');
  return { outcome, kind, expected, observed, interval, ok, significant, message, warning };
}
