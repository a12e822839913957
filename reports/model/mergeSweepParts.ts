import type { Policy } from '../../engine/index.js';
import type { Summary } from '../../generators/Summary.js';
import { base64ToOutcomes, base64ToSellers } from './base64Bytes.js';
import type { SweepRun } from './buildSweepReport.js';
import { sweepGrid } from './parseSweepParameter.js';
import type { SweepPart } from './SweepPart.js';
import type { SweepParameter } from './SweepReport.js';

/**
 * The whole sweep from its shards: every part must be of the same sweep (population, claims,
 * base policy, parameters, seeds), each shard 1/n … n/n exactly once, and together they must
 * hold every run of the grid. Returns what buildSweepReport takes, or what is wrong.
 */
export function mergeSweepParts(
  parts: readonly SweepPart[],
): { readonly basePolicy: Policy; readonly parameters: readonly SweepParameter[]; readonly runs: SweepRun[] } | { readonly error: string } {
  const first = parts[0];
  if (!first) return { error: 'nothing to merge: give the sweep-part files of every shard' };
  const same = (p: SweepPart) => JSON.stringify([p.population, p.claims, p.basePolicy, p.parameters, p.seeds, p.sellers]);
  for (const p of parts) {
    if (p.kind !== 'sweep-part' || p.version !== 2) return { error: 'not a sweep part of this version (expected a file written by this claimsim sweep --shard; rerun the shards)' };
    if (same(p) !== same(first)) return { error: `shard ${p.shard.index}/${p.shard.count} is from another sweep (population, claims, policy, parameters or seeds differ)` };
    if (p.shard.count !== first.shard.count) return { error: `shard ${p.shard.index}/${p.shard.count} does not belong with shards of ${first.shard.count}` };
  }
  const seen = new Set(parts.map((p) => p.shard.index));
  if (seen.size !== parts.length) return { error: 'a shard is given twice' };
  for (let i = 1; i <= first.shard.count; i++) if (!seen.has(i)) return { error: `shard ${i}/${first.shard.count} is missing (merge every shard of the sweep)` };
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
