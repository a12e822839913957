import type { Policy } from '../../engine/index.js';
import { FINAL_OUTCOMES, type Summary } from '../../generators/Summary.js';
import { excludesZero, type Interval } from '../stats/Interval.js';
import { meanInterval } from '../stats/meanInterval.js';
import { rounded } from '../stats/rounded.js';
import { shareInterval } from '../stats/shareInterval.js';
import { Z95 } from '../stats/tCritical.js';
import type { KnobVerdict, SweepChange, SweepParameter, SweepPoint, SweepReport } from './SweepReport.js';

/** The runs at one grid point: one summary per replication, the same seeds at every point. */
export interface SweepRun {
  readonly params: Readonly<Record<string, number>>;
  readonly summaries: readonly Summary[];
}

/**
 * The report model of a parameter sweep. For each parameter and each slice of the grid
 * (the other parameters fixed) it takes, per outcome, the points with the lowest and the
 * highest mean share and the 95% interval of their difference: paired over replications
 * when K ≥ 2 (the same seeds at every point), unpaired normal for one replication. A
 * parameter whose every such interval contains 0 "does nothing here".
 */
export function buildSweepReport(input: {
  readonly basePolicy: Policy;
  readonly parameters: readonly SweepParameter[];
  readonly runs: readonly SweepRun[];
}): SweepReport {
  const first = input.runs[0]?.summaries[0];
  if (!first) throw new RangeError('a sweep needs at least one run');
  const points: SweepPoint[] = input.runs.map((r) => ({
    params: r.params,
    outcomes: FINAL_OUTCOMES.map((outcome) => ({
      outcome,
      share: rounded(shareInterval(r.summaries.map((s) => s.outcomes[outcome] ?? 0), r.summaries.map((s) => s.claims))),
    })),
  }));
  return {
    kind: 'sweep',
    population: first.population,
    seeds: input.runs[0]!.summaries.map((s) => s.seed),
    claims: input.runs[0]!.summaries.map((s) => s.claims),
    basePolicy: input.basePolicy,
    parameters: input.parameters,
    points,
    knobs: input.parameters.map((p) => knobVerdict(p, input.parameters, input.runs)),
  };
}

function knobVerdict(param: SweepParameter, all: readonly SweepParameter[], runs: readonly SweepRun[]): KnobVerdict {
  const others = all.filter((p) => p.key !== param.key).map((p) => p.key);
  const slices = new Map<string, SweepRun[]>();
  for (const r of runs) {
    const key = others.map((k) => r.params[k]).join('|');
    slices.set(key, [...(slices.get(key) ?? []), r]);
  }
  const changes: SweepChange[] = [];
  for (const slice of slices.values()) {
    if (slice.length < 2) continue;
    const at = Object.fromEntries(others.map((k) => [k, slice[0]!.params[k]!]));
    for (const outcome of FINAL_OUTCOMES) {
      const shares = slice.map((r) => r.summaries.map((s) => (s.claims > 0 ? (s.outcomes[outcome] ?? 0) / s.claims : 0)));
      const means = shares.map((xs) => xs.reduce((a, b) => a + b, 0) / xs.length);
      let lo = 0, hi = 0;
      means.forEach((m, i) => {
        if (m < means[lo]!) lo = i;
        if (m > means[hi]!) hi = i;
      });
      if (lo === hi) continue;
      const [a, b] = [Math.min(lo, hi), Math.max(lo, hi)];
      const difference = rounded(differenceOf(shares[a]!, shares[b]!, slice[a]!.summaries, slice[b]!.summaries));
      if (difference.method !== 'none' && excludesZero(difference)) {
        changes.push({ outcome, at, from: slice[a]!.params[param.key]!, to: slice[b]!.params[param.key]!, difference });
      }
    }
  }
  return { key: param.key, doesNothing: changes.length === 0, changes };
}

function differenceOf(a: readonly number[], b: readonly number[], sa: readonly Summary[], sb: readonly Summary[]): Interval {
  if (a.length >= 2) return meanInterval(b.map((x, i) => x - a[i]!));
  const pa = a[0]!, pb = b[0]!, na = sa[0]!.claims, nb = sb[0]!.claims;
  if (na === 0 || nb === 0) return { estimate: 0, low: 0, high: 0, method: 'none' };
  const half = Z95 * Math.sqrt((pa * (1 - pa)) / na + (pb * (1 - pb)) / nb);
  return { estimate: pb - pa, low: pb - pa - half, high: pb - pa + half, method: 'normal' };
}
