import type { Policy } from '../../engine/index.js';
import { FINAL_OUTCOMES } from '../../engine/finalOutcomes.js';
import type { Summary } from '../../generators/Summary.js';
import type { ClaimOutcomes } from '../stats/ClaimOutcomes.js';
import { clusteredDifference } from '../stats/clusteredDifference.js';
import type { ClusteredEstimate } from '../stats/ClusteredEstimate.js';
import { isSignificant } from '../stats/isSignificant.js';
import { outcomeCells } from '../stats/outcomeCells.js';
import { round, rounded } from '../stats/rounded.js';
import { clusteredShare } from '../stats/clusteredShare.js';
import type { KnobVerdict, SweepChange, SweepParameter, SweepPoint, SweepReport } from './SweepReport.js';

/** The runs at one grid point: one summary and one per-claim result per replication, the same seeds at every point. */
export interface SweepRun {
  readonly params: Readonly<Record<string, number>>;
  readonly summaries: readonly Summary[];
  /** Per replication (the summaries' order), each claim's outcome and seller. */
  readonly claims: readonly ClaimOutcomes[];
}

/**
 * The report model of a parameter sweep. For each parameter and each slice of the grid
 * (the other parameters fixed) it takes, per outcome, the points with the lowest and the
 * highest mean share and the 95% interval of their difference over the per-claim paired
 * differences, cluster-robust by seller (the same seeds at every point: common random
 * numbers). A parameter whose every such difference is not significant (isSignificant)
 * "does nothing here".
 */
export function buildSweepReport(input: {
  readonly basePolicy: Policy;
  readonly parameters: readonly SweepParameter[];
  readonly runs: readonly SweepRun[];
}): SweepReport {
  const first = input.runs[0]?.summaries[0];
  if (!first) throw new RangeError('a sweep needs at least one run');
  const points: SweepPoint[] = input.runs.map((r) => {
    const cells = outcomeCells(r.claims, [], FINAL_OUTCOMES.length);
    return { params: r.params, outcomes: FINAL_OUTCOMES.map((outcome, o) => ({ outcome, share: rounded(clusteredShare(cells[o]!, 'a')) })) };
  });
  const compared: ClusteredEstimate[] = [];
  const knobs = input.parameters.map((p) => knobVerdict(p, input.parameters, input.runs, compared));
  return {
    kind: 'sweep',
    population: first.population,
    seeds: input.runs[0]!.summaries.map((s) => s.seed),
    claims: input.runs[0]!.summaries.map((s) => s.claims),
    detectable: round(runDetectable(compared)),
    basePolicy: input.basePolicy,
    parameters: input.parameters,
    points,
    knobs,
    ...(first.calibration ? { calibration: first.calibration } : {}),
  };
}

function knobVerdict(param: SweepParameter, all: readonly SweepParameter[], runs: readonly SweepRun[], compared: ClusteredEstimate[]): KnobVerdict {
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
    // Cells of every outcome for a pair of points, computed once per pair.
    const pairCells = new Map<string, ReturnType<typeof outcomeCells>>();
    FINAL_OUTCOMES.forEach((outcome, o) => {
      const means = slice.map((r) => mean(r.summaries.map((s) => (s.claims > 0 ? (s.outcomes[outcome] ?? 0) / s.claims : 0))));
      let lo = 0, hi = 0;
      means.forEach((m, i) => {
        if (m < means[lo]!) lo = i;
        if (m > means[hi]!) hi = i;
      });
      if (lo === hi) return;
      const [a, b] = [Math.min(lo, hi), Math.max(lo, hi)];
      const key = `${a}|${b}`;
      let cells = pairCells.get(key);
      if (!cells) pairCells.set(key, (cells = outcomeCells(slice[a]!.claims, slice[b]!.claims, FINAL_OUTCOMES.length)));
      const e = clusteredDifference(cells[o]!);
      compared.push(e);
      const difference = rounded(e.interval);
      if (isSignificant(difference)) {
        changes.push({ outcome, at, from: slice[a]!.params[param.key]!, to: slice[b]!.params[param.key]!, difference, detectable: round(e.detectable) });
      }
    });
  }
  return { key: param.key, doesNothing: changes.length === 0, changes };
}

function mean(xs: readonly number[]): number {
  return xs.reduce((a, b) => a + b, 0) / xs.length;
}

/** The largest detectable effect over the compared differences with spread (else over all; 1 when none). */
function runDetectable(compared: readonly ClusteredEstimate[]): number {
  if (compared.length === 0) return 1;
  const spread = compared.filter((e) => e.interval.method === 'cluster');
  return Math.max(...(spread.length > 0 ? spread : compared).map((e) => e.detectable));
}
