import { z } from 'zod';
import { POLICY_KEYS, checkPolicy } from '../../engine/index.js';
import { FINAL_OUTCOMES } from '../../engine/finalOutcomes.js';
import type { Summary } from '../../generators/index.js';
import { mergeSummaryParts } from '../../generators/summary/mergeSummaryParts.js';
import { summarySchema } from '../../generators/summary/summarySchema.js';
import { stableStringify } from '../../reports/index.js';

/** The fields the schemas of claimsim's JSON inputs share (parts, run reports, report models). */

/** A count: a whole number from 0, exact in a double. */
export const count = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);

/** A share or a figure of a report: a finite number. */
export const finite = z.number().min(-Number.MAX_VALUE).max(Number.MAX_VALUE);

/** A seed, as --seed takes it. */
export const seed = z.number().int().min(0).max(0xffffffff);

/** `{ index, count }` of `--shard i/n`. */
export const shardJson = z
  .strictObject({ index: z.number().int().min(1), count: z.number().int().min(1).max(1_000_000) })
  .refine((s) => s.index <= s.count, { message: 'index must be from 1 to count' });

/** A complete, valid policy (every key, as a run records it). */
export const policyJson = z.record(z.string(), z.unknown()).superRefine((p, ctx) => {
  const missing = POLICY_KEYS.filter((k) => !Object.hasOwn(p, k));
  if (missing.length) ctx.addIssue({ code: 'custom', message: `lacks ${missing.join(', ')}` });
  const r = checkPolicy(p);
  if (!r.ok) for (const problem of r.problems) ctx.addIssue({ code: 'custom', path: problem.key ? [problem.key] : [], message: problem.message });
});

/** Base64 as claimsim writes it (Buffer's decoder skips what is not base64, so it is checked first). */
export const base64 = z.string().regex(/^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/, { message: 'is not base64 as claimsim writes it' });

/** How deep a value from a file may nest (a renderer walks it). */
const MAX_DEPTH = 32;

/** Any JSON value no deeper than MAX_DEPTH. */
export const shallowJson = z.unknown().superRefine((v, ctx) => {
  if (depthOf(v, MAX_DEPTH + 1) > MAX_DEPTH) ctx.addIssue({ code: 'custom', message: `nests more than ${MAX_DEPTH} levels deep` });
});

function depthOf(v: unknown, limit: number): number {
  if (limit <= 0 || v === null || typeof v !== 'object') return 0;
  let deepest = 0;
  for (const x of Object.values(v)) deepest = Math.max(deepest, depthOf(x, limit - 1));
  return 1 + deepest;
}

/** Two values the same as JSON, whatever their key order. */
export function sameJson(a: unknown, b: unknown): boolean {
  return stableStringify(a) === stableStringify(b);
}

/**
 * A summary.json as claimsim writes it (summarySchema: counts whole and non-negative, outcomes
 * adding up to the claims), whose derived figures (means, percentiles, edges) are the ones its
 * counts give: a changed figure is refused, as `claimsim merge` refuses it.
 */
export const checkedSummary = summarySchema.superRefine((s, ctx) => {
  const summary = s as unknown as Summary;
  let rewritten: Summary;
  try {
    rewritten = mergeSummaryParts([summary], summary.shard);
  } catch (err) {
    ctx.addIssue({ code: 'custom', message: `the summary cannot be read back (${(err as Error).message})` });
    return;
  }
  if (!sameJson(rewritten, summary)) {
    const key = (Object.keys(rewritten) as (keyof Summary)[]).find((k) => !sameJson(rewritten[k], summary[k]));
    ctx.addIssue({ code: 'custom', path: key ? [key] : [], message: 'the figures do not follow from the summary\'s counts (a figure was changed)' });
  }
}) as unknown as z.ZodType<Summary>;

/**
 * Checks per-claim outcomes (base64, one index into FINAL_OUTCOMES a claim) against the summary
 * of the same run: one per claim, each a known outcome, tallying to the summary's outcomes.
 * Returns what is wrong, or null.
 */
export function outcomesProblem(text: string, summary: Summary): string | null {
  const bytes = Buffer.from(text, 'base64');
  if (bytes.length !== summary.claims) return `holds ${bytes.length} claims' outcomes, but the summary has ${summary.claims} claims`;
  const tally = new Array<number>(FINAL_OUTCOMES.length).fill(0);
  for (const b of bytes) {
    if (b >= FINAL_OUTCOMES.length) return `holds an unknown outcome index ${b}`;
    tally[b]!++;
  }
  const off = FINAL_OUTCOMES.findIndex((o, i) => tally[i] !== summary.outcomes[o]);
  return off < 0 ? null : `holds ${tally[off]} claims ${FINAL_OUTCOMES[off]}, but the summary counts ${summary.outcomes[FINAL_OUTCOMES[off]!]}`;
}

/** Checks per-claim sellers (base64 of a little-endian uint32 a claim) have one seller per claim; what is wrong, or null. */
export function sellersProblem(text: string, claims: number): string | null {
  const length = Buffer.from(text, 'base64').length;
  return length === 4 * claims ? null : `holds ${length / 4} claims' sellers, not ${claims}`;
}
