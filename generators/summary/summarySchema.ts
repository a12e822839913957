import { z } from 'zod';
import { POLICY_KEYS, REFUSAL_CODES, checkPolicy } from '../../engine/index.js';
import { FINAL_OUTCOMES } from '../Summary.js';
import { EVENT_KINDS_IN_ORDER } from './eventKinds.js';
import { calibrationSchema } from '../population/calibrationSchema.js';

/** A count in a summary: a whole number from 0, exact in a double. */
const count = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);
const finite = z.number().min(0).max(Number.MAX_VALUE);
/** An optional map over a fixed set of names, each a count (zod's record over an enum demands every name). */
const countsOver = (names: readonly string[], what: string) =>
  z.record(z.string(), count).superRefine((m, ctx) => {
    for (const key of Object.keys(m)) if (!names.includes(key)) ctx.addIssue({ code: 'custom', path: [key], message: `"${key}" is not ${what}` });
  });

const distribution = z
  .strictObject({
    count,
    mean: finite,
    p50: finite,
    p90: finite,
    p99: finite,
    max: finite,
    edges: z.array(finite),
    counts: z.array(count),
    sumSeconds: count,
  })
  .superRefine((d, ctx) => {
    if (d.edges.length !== d.counts.length + 1) ctx.addIssue({ code: 'custom', path: ['edges'], message: `has ${d.edges.length} edges for ${d.counts.length} bins (a histogram has one edge more than bins)` });
    const sum = d.counts.reduce((s, c) => s + c, 0);
    if (sum !== d.count) ctx.addIssue({ code: 'custom', path: ['counts'], message: `add up to ${sum}, not the count ${d.count}` });
  });

const violation = z.strictObject({
  invariant: z.string().regex(/^I\d+$/),
  claim: z.string(),
  at: z.number().int(),
  message: z.string(),
  scenario: z.string().min(1).optional(),
});

/**
 * summary.json as claimsim simulate writes it (generators/Summary.ts), for merge, which trusts
 * no input: every count a non-negative whole number, every figure finite, the outcomes adding
 * up to the claims, histograms with one edge more than bins and bins adding up to their count,
 * and a complete, valid policy.
 */
export const summarySchema = z
  .strictObject({
    version: z.literal(1),
    population: z.string().min(1),
    seed: z.number().int().min(0).max(0xffffffff),
    policy: z.record(z.string(), z.unknown()).superRefine((p, ctx) => {
      const missing = POLICY_KEYS.filter((k) => !Object.hasOwn(p, k));
      if (missing.length) ctx.addIssue({ code: 'custom', message: `lacks ${missing.join(', ')}` });
      const r = checkPolicy(p);
      if (!r.ok) for (const problem of r.problems) ctx.addIssue({ code: 'custom', path: problem.key ? [problem.key] : [], message: problem.message });
    }),
    claims: count,
    partial: z.boolean(),
    shard: z
      .strictObject({ index: z.number().int().min(1), count: z.number().int().min(1).max(1_000_000) })
      .refine((s) => s.index <= s.count, { message: 'index must be from 1 to count' })
      .nullable(),
    horizon: z.strictObject({ start: z.string(), end: z.string() }),
    outcomes: z.strictObject(Object.fromEntries(FINAL_OUTCOMES.map((o) => [o, count])) as Record<(typeof FINAL_OUTCOMES)[number], typeof count>),
    periods: z
      .array(
        z.strictObject({
          from: z.string().nullable(),
          until: z.string().nullable(),
          requested: count,
          outcomes: z.strictObject(Object.fromEntries(FINAL_OUTCOMES.map((o) => [o, count])) as Record<(typeof FINAL_OUTCOMES)[number], typeof count>),
        }),
      )
      .optional(),
    escalatedToSupport: count,
    timeToResolution: z.record(z.string(), distribution).superRefine((m, ctx) => {
      for (const key of Object.keys(m)) if (!(FINAL_OUTCOMES as readonly string[]).includes(key)) ctx.addIssue({ code: 'custom', path: [key], message: `"${key}" is not an outcome` });
    }),
    reRequests: z.record(z.string().regex(/^(0|[1-9]\d{0,3})$/), count),
    requests: count,
    cooldownRefusals: count,
    delayedClaims: count,
    piiWarnings: count,
    memos: count,
    events: count,
    eventCounts: countsOver(EVENT_KINDS_IN_ORDER, 'an event kind'),
    refusalCounts: countsOver(REFUSAL_CODES, 'a refusal code'),
    invariantViolations: z.strictObject({ total: count, byInvariant: z.record(z.string().regex(/^I\d+$/), count), examples: z.array(violation) }),
    /** A calibrated population's card (generators/population/calibrationSchema.ts). */
    calibration: calibrationSchema.optional(),
  })
  .superRefine((s, ctx) => {
    const outcomes = Object.values(s.outcomes).reduce((a, b) => a + b, 0);
    if (outcomes !== s.claims) ctx.addIssue({ code: 'custom', path: ['outcomes'], message: `add up to ${outcomes}, not the ${s.claims} claims (every claim ends in exactly one outcome)` });
    for (const [o, d] of Object.entries(s.timeToResolution)) {
      const of = s.outcomes[o as keyof typeof s.outcomes] ?? 0;
      if (d.count > of) ctx.addIssue({ code: 'custom', path: ['timeToResolution', o, 'count'], message: `is ${d.count}, more than the ${of} claims with that outcome` });
    }
    const reRequested = Object.values(s.reRequests).reduce((a, b) => a + b, 0);
    if (reRequested !== s.claims) ctx.addIssue({ code: 'custom', path: ['reRequests'], message: `add up to ${reRequested}, not the ${s.claims} claims` });
    const changes = Array.isArray(s.policy['changes']) ? s.policy['changes'].length : 0;
    if (s.periods !== undefined && (changes === 0 || s.periods.length !== changes + 1)) {
      ctx.addIssue({ code: 'custom', path: ['periods'], message: `has ${s.periods.length} periods; a policy with ${changes} dated changes has ${changes === 0 ? 'none' : changes + 1}` });
    }
    const byInvariant = Object.values(s.invariantViolations.byInvariant).reduce((a, b) => a + b, 0);
    if (byInvariant !== s.invariantViolations.total) {
      ctx.addIssue({ code: 'custom', path: ['invariantViolations', 'byInvariant'], message: `add up to ${byInvariant}, not the total ${s.invariantViolations.total}` });
    }
  });

/** `invariantViolations.byInvariant`, or `the summary` at the root: where a problem is, for messages. */
export function summaryPathText(path: readonly PropertyKey[]): string {
  return path.length ? path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`)).join('') : 'the summary';
}
