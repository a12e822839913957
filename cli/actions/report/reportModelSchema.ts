import { z } from 'zod';
import { REFUSAL_CODES } from '../../../engine/index.js';
import { FINAL_OUTCOMES } from '../../../engine/finalOutcomes.js';
import { COUNTER_NAMES, RULE_IDS, SWEEPABLE_KEYS } from '../../../reports/index.js';
import { count, finite, policyJson, seed, shallowJson } from '../../io/jsonFields.js';
import { calibrationSchema } from '../../../generators/population/calibrationSchema.js';

/**
 * The report models claimsim writes (report.json, compare.json, sweep.json), as `claimsim report`
 * reads them back to render again, trusting nothing: the shape every renderer reads, counts
 * whole and non-negative, and the figures that must agree (outcomes adding up to the claims of
 * the replications, a transition table adding up to its claims, test counts adding up to the
 * files). A report marked partial (`"partial": true`, `"interrupted"`) stays so.
 */

const outcome = z.enum(FINAL_OUTCOMES);
const interval = z.strictObject({ estimate: finite, low: finite, high: finite, method: z.enum(['score', 'cluster', 'bound', 't', 'wilson', 'none']) });

const distribution = z
  .strictObject({ count, mean: finite, p50: finite, p90: finite, p99: finite, max: finite, edges: z.array(finite), counts: z.array(count), sumSeconds: count })
  .superRefine((d, ctx) => {
    if (d.edges.length !== d.counts.length + 1) ctx.addIssue({ code: 'custom', path: ['edges'], message: `has ${d.edges.length} edges for ${d.counts.length} bins (a histogram has one edge more than bins)` });
    const sum = d.counts.reduce((s, c) => s + c, 0);
    if (sum !== d.count) ctx.addIssue({ code: 'custom', path: ['counts'], message: `add up to ${sum}, not the count ${d.count}` });
  });

const coverage = z.strictObject({
  rules: z.array(z.strictObject({ rule: z.enum(RULE_IDS), hits: count, via: z.array(z.strictObject({ source: z.string(), count })) })),
  refusals: z.array(z.strictObject({ code: z.enum(REFUSAL_CODES), hits: count })),
  rulesNeverHit: z.array(z.enum(RULE_IDS)),
  refusalsNeverHit: z.array(z.enum(REFUSAL_CODES)),
});

const violation = z.strictObject({ invariant: z.string().regex(/^I\d+$/), claim: z.string(), at: z.number().int(), message: z.string(), scenario: z.string().min(1).optional() });

const outcomeCounts = z.strictObject(Object.fromEntries(FINAL_OUTCOMES.map((o) => [o, count])) as Record<(typeof FINAL_OUTCOMES)[number], typeof count>);

type Ctx = z.core.$RefinementCtx;
const problem = (ctx: Ctx, path: PropertyKey[], message: string): void => ctx.addIssue({ code: 'custom', path, message });

/** Each outcome at most once. */
function onceEach(ctx: Ctx, path: PropertyKey[], outcomes: readonly string[]): void {
  const twice = outcomes.find((o, i) => outcomes.indexOf(o) !== i);
  if (twice) problem(ctx, path, `name ${twice} twice`);
}

export const simulationReportSchema = z
  .strictObject({
    kind: z.literal('simulation'),
    population: z.string().min(1),
    policy: policyJson,
    seeds: z.array(seed).min(1),
    claims: z.array(count).min(1),
    horizon: z.strictObject({ start: z.string(), end: z.string() }),
    outcomes: z.array(z.strictObject({ outcome, claims: count, share: interval })),
    timeToResolution: z.array(z.strictObject({ outcome, days: distribution })),
    reRequests: z.array(z.strictObject({ reRequests: count, claims: count })),
    counters: z.array(z.strictObject({ name: z.enum(COUNTER_NAMES), total: count, perReplication: interval, perClaim: finite })),
    periods: z.array(z.strictObject({ from: z.string().nullable(), until: z.string().nullable(), requested: count, outcomes: outcomeCounts })).optional(),
    invariantViolations: z.strictObject({ total: count, byInvariant: z.array(z.strictObject({ invariant: z.string().regex(/^I\d+$/), count })), examples: z.array(violation) }),
    coverage,
    calibration: calibrationSchema.optional(),
  })
  .superRefine((r, ctx) => {
    if (r.seeds.length !== r.claims.length) problem(ctx, ['claims'], `has ${r.claims.length} entries for ${r.seeds.length} seeds (one per replication)`);
    const claims = r.claims.reduce((s, c) => s + c, 0);
    const outcomes = r.outcomes.reduce((s, o) => s + o.claims, 0);
    if (outcomes !== claims) problem(ctx, ['outcomes'], `add up to ${outcomes}, not the ${claims} claims of the replications (every claim ends in exactly one outcome)`);
    onceEach(ctx, ['outcomes'], r.outcomes.map((o) => o.outcome));
    for (const o of r.outcomes) {
      if (o.share.estimate < 0 || o.share.estimate > 1) problem(ctx, ['outcomes'], `${o.outcome}'s share is ${o.share.estimate}, not from 0 to 1`);
    }
    onceEach(ctx, ['timeToResolution'], r.timeToResolution.map((t) => t.outcome));
    for (const t of r.timeToResolution) {
      const of = r.outcomes.find((o) => o.outcome === t.outcome)?.claims ?? 0;
      if (t.days.count > of) problem(ctx, ['timeToResolution'], `${t.outcome} has ${t.days.count} durations, more than its ${of} claims`);
    }
    const reRequested = r.reRequests.reduce((s, x) => s + x.claims, 0);
    if (reRequested !== claims) problem(ctx, ['reRequests'], `add up to ${reRequested}, not the ${claims} claims`);
    const byInvariant = r.invariantViolations.byInvariant.reduce((s, x) => s + x.count, 0);
    if (byInvariant !== r.invariantViolations.total) problem(ctx, ['invariantViolations', 'byInvariant'], `add up to ${byInvariant}, not the total ${r.invariantViolations.total}`);
    for (const [i, p] of (r.periods ?? []).entries()) {
      const sum = FINAL_OUTCOMES.reduce((s, o) => s + p.outcomes[o], 0);
      if (sum !== p.requested) problem(ctx, ['periods', i, 'outcomes'], `add up to ${sum}, not the period's ${p.requested} requested claims`);
    }
  });

const scenarioFile = z.strictObject({
  file: z.string(),
  name: z.string(),
  status: z.enum(['passed', 'failed', 'error']),
  failures: z.array(z.strictObject({ step: count, message: z.string() })),
  events: z.record(z.string(), count).optional(),
  refusals: z.record(z.string(), count).optional(),
  policy: shallowJson.optional(),
  log: z.array(shallowJson).optional(),
  checked: z.record(z.string(), count).optional(),
});

export const scenarioReportSchema = z
  .strictObject({ kind: z.literal('scenarios'), total: count, passed: count, failed: count, errors: count, files: z.array(scenarioFile), coverage })
  .superRefine((r, ctx) => {
    const of = { passed: 'passed', failed: 'failed', errors: 'error' } as const;
    for (const key of ['passed', 'failed', 'errors'] as const) {
      const n = r.files.filter((f) => f.status === of[key]).length;
      if (r[key] !== n) problem(ctx, [key], `is ${r[key]}, but ${n} files have status ${of[key]}`);
    }
    if (r.total !== r.files.length) problem(ctx, ['total'], `is ${r.total}, but the report lists ${r.files.length} files`);
  });

const transitions = z
  .strictObject({
    outcomes: z.array(outcome).length(FINAL_OUTCOMES.length),
    counts: z.array(z.array(count).length(FINAL_OUTCOMES.length)).length(FINAL_OUTCOMES.length),
    claims: count,
    changed: count,
    moves: z.array(z.strictObject({ from: outcome, to: outcome, claims: count })),
  })
  .superRefine((t, ctx) => {
    if (t.outcomes.some((o, i) => o !== FINAL_OUTCOMES[i])) problem(ctx, ['outcomes'], `are not ${FINAL_OUTCOMES.join(', ')}`);
    const all = t.counts.flat().reduce((s, c) => s + c, 0);
    if (all !== t.claims) problem(ctx, ['counts'], `add up to ${all}, not the table's ${t.claims} claims`);
    const diagonal = t.counts.reduce((s, row, i) => s + row[i]!, 0);
    if (t.changed !== all - diagonal) problem(ctx, ['changed'], `is ${t.changed}, but the table's off-diagonal cells hold ${all - diagonal}`);
  });

const change = z.strictObject({ key: z.string(), baseline: shallowJson.optional(), variant: shallowJson.optional() });

export const compareReportSchema = z
  .strictObject({
    kind: z.literal('compare'),
    population: z.string().min(1),
    variantPopulation: z.string().min(1).nullable(),
    seeds: z.array(seed).min(1),
    variantSeeds: z.array(seed).min(1).nullable(),
    aa: z.boolean(),
    pairing: z.enum(['paired', 'unpaired']),
    primary: outcome,
    claims: z.array(count).min(1),
    clusters: count,
    detectable: finite,
    changes: z.array(change),
    populationChanges: z.array(z.strictObject({ path: z.string(), baseline: shallowJson.optional(), variant: shallowJson.optional(), order: z.literal(true).optional() })),
    outcomes: z.array(
      z.strictObject({
        outcome,
        baseline: interval,
        variant: interval,
        difference: interval,
        significant: z.boolean(),
        pValue: finite,
        adjustedP: finite.nullable(),
        flagged: z.boolean(),
        detectable: finite,
      }),
    ),
    counters: z.array(z.strictObject({ name: z.enum(COUNTER_NAMES), baseline: finite, variant: finite, difference: interval, significant: z.boolean() })),
    transitions,
    baseline: simulationReportSchema,
    variant: simulationReportSchema,
    parameterDraws: z
      .strictObject({
        draws: count,
        seed,
        parameters: z.array(z.string()),
        replications: count,
        models: z.array(z.strictObject({ model: z.string(), draws: count })).optional(),
        notDrawn: z.number().min(0).max(1).optional(),
        outcomes: z.array(z.strictObject({ outcome, pooled: interval, within: finite, between: finite, sameWay: finite, byModel: z.array(finite).optional(), dependsOnModel: z.boolean().optional() })),
      })
      .optional(),
  })
  .superRefine((r, ctx) => {
    const claims = r.claims.reduce((s, c) => s + c, 0);
    if (r.seeds.length !== r.claims.length) problem(ctx, ['claims'], `has ${r.claims.length} entries for ${r.seeds.length} seeds (one per replication)`);
    if (r.transitions.claims !== claims) problem(ctx, ['transitions', 'claims'], `is ${r.transitions.claims}, not the ${claims} claims of the replications`);
    for (const arm of ['baseline', 'variant'] as const) {
      if (JSON.stringify(r[arm].claims) !== JSON.stringify(r.claims) || JSON.stringify(r[arm].seeds) !== JSON.stringify(r.seeds)) {
        problem(ctx, [arm, 'claims'], `are not the comparison's claims and seeds (both arms run the same claims)`);
      }
    }
    onceEach(ctx, ['outcomes'], r.outcomes.map((o) => o.outcome));
    // Each arm's outcomes are the table's margins: its rows for the baseline, its columns for the variant.
    for (const [i, o] of FINAL_OUTCOMES.entries()) {
      const row = r.transitions.counts[i]!.reduce((s, c) => s + c, 0);
      const column = r.transitions.counts.reduce((s, cells) => s + cells[i]!, 0);
      const b = r.baseline.outcomes.find((x) => x.outcome === o)?.claims ?? 0;
      const v = r.variant.outcomes.find((x) => x.outcome === o)?.claims ?? 0;
      if (row !== b) problem(ctx, ['transitions', 'counts', i], `hold ${row} claims ${o} under the baseline, but the baseline has ${b}`);
      if (column !== v) problem(ctx, ['transitions', 'counts'], `hold ${column} claims ${o} under the variant, but the variant has ${v}`);
    }
  });

export const sweepReportSchema = z
  .strictObject({
    kind: z.literal('sweep'),
    population: z.string().min(1),
    seeds: z.array(seed).min(1),
    claims: z.array(count).min(1),
    detectable: finite,
    basePolicy: policyJson,
    parameters: z.array(z.strictObject({ key: z.enum(SWEEPABLE_KEYS), values: z.array(count).min(1).max(100) })).min(1).max(SWEEPABLE_KEYS.length),
    points: z.array(z.strictObject({ params: z.record(z.string(), count), outcomes: z.array(z.strictObject({ outcome, share: interval })) })).max(10_000),
    knobs: z.array(
      z.strictObject({
        key: z.enum(SWEEPABLE_KEYS),
        doesNothing: z.boolean(),
        changes: z.array(z.strictObject({ outcome, at: z.record(z.string(), count), from: count, to: count, difference: interval, detectable: finite })),
      }),
    ),
    calibration: calibrationSchema.optional(),
  })
  .superRefine((r, ctx) => {
    if (r.seeds.length !== r.claims.length) problem(ctx, ['claims'], `has ${r.claims.length} entries for ${r.seeds.length} seeds (one per replication)`);
    for (const [i, p] of r.points.entries()) {
      onceEach(ctx, ['points', i, 'outcomes'], p.outcomes.map((o) => o.outcome));
      const keys = Object.keys(p.params);
      if (keys.length !== r.parameters.length || r.parameters.some((q) => !q.values.includes(p.params[q.key] ?? NaN))) {
        problem(ctx, ['points', i, 'params'], `are not values of the sweep's parameters ${r.parameters.map((q) => q.key).join(', ')}`);
      }
      const sum = p.outcomes.reduce((s, o) => s + o.share.estimate, 0);
      if (p.outcomes.some((o) => o.share.estimate < 0) || Math.abs(sum - 1) > 1e-6) problem(ctx, ['points', i, 'outcomes'], `shares add up to ${sum}, not 1 (every claim ends in exactly one outcome)`);
    }
  });

const claimList = z.strictObject({ file: z.string().min(1), rows: count, claims: count });

export const suiteReportSchema = z
  .strictObject({ kind: z.literal('suite'), scenarios: scenarioReportSchema.nullable(), simulation: simulationReportSchema.nullable(), claimList: claimList.nullable() })
  .superRefine((r, ctx) => {
    if (r.claimList && r.claimList.rows > r.claimList.claims) problem(ctx, ['claimList', 'rows'], `is ${r.claimList.rows}, more than the ${r.claimList.claims} claims`);
  });

/** What a partial report adds (markPartial): the units complete and not. */
export const interruptedSchema = z.array(
  z
    .strictObject({ unit: z.string().min(1), total: count, complete: z.array(count), notComplete: z.array(count) })
    .refine((c) => c.complete.length + c.notComplete.length === c.total, { message: 'complete and notComplete do not add up to total' }),
);

/** The schema of a report model of `kind`, or undefined for a kind claimsim does not write. */
export function reportModelSchema(kind: unknown): z.ZodType | undefined {
  switch (kind) {
    case 'simulation':
      return simulationReportSchema;
    case 'scenarios':
      return scenarioReportSchema;
    case 'compare':
      return compareReportSchema;
    case 'sweep':
      return sweepReportSchema;
    case 'suite':
      return suiteReportSchema;
    default:
      return undefined;
  }
}
