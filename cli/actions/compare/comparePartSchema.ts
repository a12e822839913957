import { z } from 'zod';
import { base64, checkedSummary, count, outcomesProblem, policyJson, sameJson, seed, sellersProblem, shallowJson, shardJson } from '../../io/jsonFields.js';
import type { ComparePart } from './ComparePart.js';

/** The most replications one comparison may hold (a part names all the comparison's seeds). */
const MAX_REPLICATIONS = 100_000;

const replication = z.strictObject({
  index: count,
  seed,
  baseline: checkedSummary,
  variant: checkedSummary,
  baselineOutcomes: base64,
  variantOutcomes: base64,
  sellers: base64,
});

/**
 * A compare-part-i-of-n.json as `claimsim compare --shard i/n` writes it, trusting nothing: the
 * shape, every summary (counts whole and non-negative, outcomes adding up, figures that follow
 * from the counts), and that the part is of one comparison: each replication is of this shard's
 * share and of its seed, both arms under the part's policies and population, the per-claim
 * outcomes tally to each arm's summary, and both arms have the same claims.
 */
export const comparePartSchema = z
  .strictObject({
    kind: z.literal('compare-part'),
    version: z.literal(3),
    population: z.string().min(1),
    populationHash: z.string().regex(/^[0-9a-f]{64}$/),
    variantPopulation: z.strictObject({ name: z.string().min(1), hash: z.string().regex(/^[0-9a-f]{64}$/) }).nullable(),
    populationChanges: z.array(z.strictObject({ path: z.string(), baseline: shallowJson.optional(), variant: shallowJson.optional(), order: z.literal(true).optional() })),
    claims: count.nullable(),
    baseline: policyJson,
    variant: policyJson,
    seeds: z.array(seed).min(1).max(MAX_REPLICATIONS),
    shard: shardJson,
    replications: z.array(replication),
  })
  .superRefine((p, ctx) => {
    const share = p.seeds.map((_, r) => r).filter((r) => r % p.shard.count === p.shard.index - 1);
    if (p.replications.length !== share.length) {
      ctx.addIssue({ code: 'custom', path: ['replications'], message: `holds ${p.replications.length} replications, but shard ${p.shard.index}/${p.shard.count} of ${p.seeds.length} has ${share.length}` });
      return;
    }
    p.replications.forEach((r, i) => {
      const at = (...path: (string | number)[]) => ['replications', i, ...path];
      const problem = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path: at(...path), message });
      if (r.index !== share[i]) return problem(['index'], `is ${r.index}, but replication ${i + 1} of shard ${p.shard.index}/${p.shard.count} is ${share[i]}`);
      if (r.seed !== p.seeds[r.index]) return problem(['seed'], `is ${r.seed}, not the comparison's seed ${p.seeds[r.index]} of replication ${r.index + 1}`);
      for (const arm of ['baseline', 'variant'] as const) {
        const s = r[arm];
        const population = arm === 'variant' && p.variantPopulation ? p.variantPopulation.name : p.population;
        if (s.seed !== r.seed) return problem([arm, 'seed'], `is ${s.seed}, not the replication's seed ${r.seed}`);
        if (s.population !== population) return problem([arm, 'population'], `is ${JSON.stringify(s.population)}, not ${JSON.stringify(population)}`);
        if (!sameJson(s.policy, p[arm])) return problem([arm, 'policy'], `is not the part's ${arm} policy`);
        if (s.partial || s.shard !== null) return problem([arm, 'partial'], 'a part holds whole runs of its replications');
        if (p.claims !== null && s.claims !== p.claims) return problem([arm, 'claims'], `is ${s.claims}, not the comparison's ${p.claims}`);
        const wrong = outcomesProblem(r[`${arm}Outcomes`], s);
        if (wrong) return problem([`${arm}Outcomes`], wrong);
      }
      if (r.baseline.claims !== r.variant.claims) return problem(['variant', 'claims'], `is ${r.variant.claims}, but the baseline has ${r.baseline.claims} (claims are paired by index)`);
      const sellers = sellersProblem(r.sellers, r.baseline.claims);
      if (sellers) return problem(['sellers'], sellers);
      return undefined;
    });
  }) as unknown as z.ZodType<ComparePart>;
