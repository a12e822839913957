import { createHash } from 'node:crypto';
import { z } from 'zod';
import { stableStringify } from '../../../reports/index.js';
import { count, shardJson } from '../../io/jsonFields.js';
import type { AuditInputs, AuditPart } from './AuditPart.js';

const text = z.string().max(100_000);
const place = { file: z.string().nullable(), line: count.nullable() };
const verdicts = z.strictObject({ conforms: count, violates: count, unknown: count });
const counts = z.record(z.string(), count);
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

const violation = z.strictObject({ rule: z.string(), reading: z.enum(['replay', 'invariants']), ...place, message: text });

/** An AuditResult (claimlog/AuditResult.ts) as a shard wrote it: every field, and none more. */
export const auditResultSchema = z.strictObject({
  format: z.literal('claimsim-audit'),
  version: z.literal(1),
  logs: z.array(z.string()).min(1),
  policy: z.strictObject({ source: z.enum(['option', 'header', 'default']), timezone: z.string(), value: z.record(z.string(), z.unknown()) }),
  toleranceMs: count,
  period: z.strictObject({ from: z.string().nullable(), until: z.string().nullable() }),
  lines: count,
  records: count,
  skippedLines: count,
  unknownRecordTypes: counts,
  claims: count,
  verdicts,
  openAtEnd: count,
  toleranceUsed: count,
  violationsByRule: counts,
  findings: z.strictObject({ duplicate: count, out_of_order: count, clock_regression: count }),
  violating: z.array(z.strictObject({ claim: z.string(), rule: z.string(), ...place, message: text, violations: z.array(violation).min(1) })),
  unknown: z.array(z.strictObject({ claim: z.string(), reason: text })),
  findingExamples: z.array(z.strictObject({ class: z.enum(['duplicate', 'out_of_order', 'clock_regression']), claim: z.string(), file: z.string(), line: count, message: text })),
  skipped: z.array(z.strictObject({ file: z.string(), line: count, problem: text })),
  limits: z.strictObject({ listed: count }),
  byWeek: z.record(z.string().regex(/^\d{4}-W\d{2}$/), verdicts),
  slowestTimers: z.array(z.strictObject({ claim: z.string(), type: z.string(), file: z.string(), line: count, due: z.string(), at: z.string(), lagMs: count })),
});

const allowEntry = z.strictObject({ entry: count, line: count, rule: z.string(), claims: z.string(), reason: text, expires: day });

const inputs = z.strictObject({
  logs: z.array(z.strictObject({ file: z.string(), bytes: count })).min(1),
  policy: z.record(z.string(), z.unknown()).nullable(),
  toleranceMs: count,
  strict: z.boolean(),
  map: z.record(z.string(), z.unknown()).nullable(),
  allow: z.strictObject({ file: z.string(), entries: z.array(allowEntry) }).nullable(),
  today: day.nullable(),
});

/** The fingerprint of an audit's inputs: sha-256 of them as stable JSON. */
export function auditFingerprint(i: AuditInputs): string {
  return createHash('sha256').update(stableStringify(i)).digest('hex');
}

/**
 * An audit-part-i-of-n.json as `claimsim audit --shard i/n` writes it, trusting nothing: the
 * shape of every field, the fingerprint that of the inputs it holds, the result of those
 * inputs (its logs and tolerance), and its counts consistent (the verdicts add up to the claims,
 * no list longer than its count).
 */
export const auditPartSchema = z
  .strictObject({
    kind: z.literal('audit-part'),
    version: z.literal(1),
    shard: shardJson,
    fingerprint: z.string().regex(/^[0-9a-f]{64}$/),
    inputs,
    clockMismatches: count,
    result: auditResultSchema,
  })
  .superRefine((p, ctx) => {
    const problem = (path: (string | number)[], message: string): void => ctx.addIssue({ code: 'custom', path, message });
    if (auditFingerprint(p.inputs as AuditInputs) !== p.fingerprint) return problem(['fingerprint'], 'is not the fingerprint of the part\'s inputs (the file was changed)');
    const r = p.result;
    if (JSON.stringify(r.logs) !== JSON.stringify(p.inputs.logs.map((l) => l.file))) return problem(['result', 'logs'], 'are not the logs of the part\'s inputs');
    if (r.toleranceMs !== p.inputs.toleranceMs) return problem(['result', 'toleranceMs'], 'is not the tolerance of the part\'s inputs');
    const judged = r.verdicts.conforms + r.verdicts.violates + r.verdicts.unknown;
    if (judged !== r.claims) return problem(['result', 'verdicts'], `add up to ${judged}, not the ${r.claims} claims read`);
    if (r.violating.length > r.verdicts.violates) return problem(['result', 'violating'], `lists ${r.violating.length} claims, more than the ${r.verdicts.violates} that violate`);
    if (r.unknown.length > r.verdicts.unknown) return problem(['result', 'unknown'], `lists ${r.unknown.length} claims, more than the ${r.verdicts.unknown} unknown`);
    if (r.skipped.length > r.skippedLines) return problem(['result', 'skipped'], `lists ${r.skipped.length} lines, more than the ${r.skippedLines} skipped`);
    if (r.records > r.lines) return problem(['result', 'records'], `is ${r.records}, more than the ${r.lines} lines`);
    return undefined;
  }) as unknown as z.ZodType<AuditPart>;
