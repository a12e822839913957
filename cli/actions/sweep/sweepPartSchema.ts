import { z } from 'zod';
import { SWEEPABLE_KEYS, type SweepPart, sweepGrid } from '../../../reports/index.js';
import { base64, checkedSummary, count, outcomesProblem, policyJson, sameJson, seed, sellersProblem, shardJson } from '../../io/jsonFields.js';

/** The most runs (grid points × replications) one sweep may have: sweep's own limit. */
const MAX_SWEEP_RUNS = 10_000;

const parameter = z.strictObject({
  key: z.enum(SWEEPABLE_KEYS),
  values: z.array(count).min(2).max(100),
});

const run = z.strictObject({
  index: count,
  params: z.record(z.string(), count),
  seed,
  summary: checkedSummary,
  outcomes: base64,
});

/**
 * A sweep-part-i-of-n.json as `claimsim sweep --shard i/n` writes it, trusting nothing: the
 * shape, a grid within sweep's limit, every summary (counts whole and non-negative, outcomes
 * adding up, figures that follow from the counts), and that the part is of one sweep: each run
 * is of this shard's share, at its grid point's values and its replication's seed, its
 * per-claim outcomes tally to its summary, and each seed has one seller a claim.
 */
export const sweepPartSchema = z
  .strictObject({
    kind: z.literal('sweep-part'),
    version: z.literal(2),
    population: z.string().min(1),
    claims: count.nullable(),
    basePolicy: policyJson,
    parameters: z.array(parameter).min(1).max(SWEEPABLE_KEYS.length),
    seeds: z.array(seed).min(1).max(MAX_SWEEP_RUNS),
    sellers: z.array(base64),
    shard: shardJson,
    runs: z.array(run),
  })
  .superRefine((p, ctx) => {
    const problem = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });
    const keys = p.parameters.map((q) => q.key);
    if (new Set(keys).size !== keys.length) return problem(['parameters'], 'name a parameter twice');
    const planned = p.parameters.reduce((n, q) => n * q.values.length, 1) * p.seeds.length;
    if (planned > MAX_SWEEP_RUNS) return problem(['parameters'], `make ${planned} runs with the seeds, over sweep's limit of ${MAX_SWEEP_RUNS}`);
    if (p.sellers.length !== p.seeds.length) return problem(['sellers'], `has ${p.sellers.length} entries for ${p.seeds.length} seeds`);
    const grid = sweepGrid(p.parameters);
    const k = p.seeds.length;
    const share = Array.from({ length: planned }, (_, j) => j).filter((j) => j % p.shard.count === p.shard.index - 1);
    if (p.runs.length !== share.length) return problem(['runs'], `holds ${p.runs.length} runs, but shard ${p.shard.index}/${p.shard.count} of ${planned} has ${share.length}`);
    const claimsOfSeed = new Map<number, number>();
    for (const [i, r] of p.runs.entries()) {
      const at = (...path: (string | number)[]) => ['runs', i, ...path];
      if (r.index !== share[i]) return problem(at('index'), `is ${r.index}, but run ${i + 1} of shard ${p.shard.index}/${p.shard.count} is ${share[i]}`);
      const point = Math.floor(r.index / k), rep = r.index % k;
      if (!sameJson(r.params, grid[point])) return problem(at('params'), `are ${JSON.stringify(r.params)}, not grid point ${point + 1}'s ${JSON.stringify(grid[point])}`);
      if (r.seed !== p.seeds[rep] || r.summary.seed !== r.seed) return problem(at('seed'), `is not replication ${rep + 1}'s seed ${p.seeds[rep]}`);
      if (r.summary.population !== p.population) return problem(at('summary', 'population'), `is ${JSON.stringify(r.summary.population)}, not ${JSON.stringify(p.population)}`);
      const policy = r.summary.policy as unknown as Record<string, unknown>;
      const swept = Object.entries(r.params).find(([key, v]) => policy[key] !== v);
      if (swept) return problem(at('summary', 'policy', swept[0]), `is not the run's ${swept[0]} ${swept[1]}`);
      // A dated change is normalised when the swept values are applied: the rest must be the base policy's.
      const base = Object.keys(p.basePolicy).find((key) => key !== 'changes' && !(key in r.params) && !sameJson(policy[key], p.basePolicy[key]));
      if (base) return problem(at('summary', 'policy', base), `is not the base policy's ${base}`);
      if (r.summary.partial || r.summary.shard !== null) return problem(at('summary', 'partial'), 'a part holds whole runs');
      if (p.claims !== null && r.summary.claims !== p.claims) return problem(at('summary', 'claims'), `is ${r.summary.claims}, not the sweep's ${p.claims}`);
      const known = claimsOfSeed.get(rep);
      if (known !== undefined && known !== r.summary.claims) return problem(at('summary', 'claims'), `is ${r.summary.claims}, but another run of seed ${r.seed} has ${known} (a seed draws the same claims at every point)`);
      claimsOfSeed.set(rep, r.summary.claims);
      const wrong = outcomesProblem(r.outcomes, r.summary);
      if (wrong) return problem(at('outcomes'), wrong);
    }
    for (const [rep, claims] of claimsOfSeed) {
      const sellers = sellersProblem(p.sellers[rep]!, claims);
      if (sellers) return problem(['sellers', rep], sellers);
    }
    return undefined;
  }) as unknown as z.ZodType<SweepPart>;
