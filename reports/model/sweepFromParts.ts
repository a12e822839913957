import type { Policy } from '../../engine/index.js';
import type { Summary } from '../../generators/Summary.js';
import { base64ToOutcomes, base64ToSellers } from './base64Bytes.js';
import type { SweepRun } from './buildSweepReport.js';
import { sweepGrid } from './parseSweepParameter.js';
import type { SweepPart } from './SweepPart.js';
import type { SweepParameter } from './SweepReport.js';

/** What must agree between the parts of one sweep (the command line checks them as one run's: cli/actions/shared/mergeShardParts.ts). */
export function sweepOfPart(p: SweepPart): unknown {
  return [p.population, p.claims, p.basePolicy, p.parameters, p.seeds, p.sellers];
}

/**
 * The whole sweep from its parts, once checked to be every shard of one sweep (sweepOfPart):
 * together they must hold every run of the grid. Returns what buildSweepReport takes, or what is
 * wrong.
 */
export function sweepFromParts(
  parts: readonly SweepPart[],
): { readonly basePolicy: Policy; readonly parameters: readonly SweepParameter[]; readonly runs: SweepRun[] } | { readonly error: string } {
  const first = parts[0];
  if (!first) return { error: 'nothing to merge: give the sweep-part files of every shard' };
  const grid = sweepGrid(first.parameters);
  const k = first.seeds.length;
  const byIndex = new Map<number, { readonly summary: Summary; readonly outcomes: string }>();
  for (const p of parts) for (const r of p.runs) byIndex.set(r.index, r);
  if (grid.some((_, point) => first.seeds.some((_, r) => !byIndex.has(point * k + r)))) {
    return { error: 'the parts do not hold every run of the grid (were they written by the same version?)' };
  }
  const sellers = first.sellers.map(base64ToSellers);
  const runs: SweepRun[] = grid.map((params, point) => ({
    params,
    summaries: first.seeds.map((_, r) => byIndex.get(point * k + r)!.summary),
    claims: first.seeds.map((seed, r) => ({ seed, outcomes: base64ToOutcomes(byIndex.get(point * k + r)!.outcomes), sellers: sellers[r]! })),
  }));
  return { basePolicy: first.basePolicy, parameters: first.parameters, runs };
}
