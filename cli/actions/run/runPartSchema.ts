import { z } from 'zod';
import { count, shardJson } from '../../io/jsonFields.js';

const STATUSES = ['passed', 'failed', 'error'] as const;

/**
 * The JSON report of `claimsim run --shard i/n --reporter json:FILE` (renderRunJson), trusting
 * nothing: the shape, and counts that are the scenarios' own (passed, failed and errors are the
 * files of each status; a passed file has no failure).
 */
export const runPartSchema = z
  .strictObject({
    passed: count,
    failed: count,
    errors: count,
    scenarios: z.array(
      z.strictObject({
        file: z.string().min(1),
        name: z.string(),
        status: z.enum(STATUSES),
        failures: z.array(z.strictObject({ step: count, message: z.string() })),
      }),
    ),
    shard: shardJson,
    partial: z.literal(true).optional(),
  })
  .superRefine((r, ctx) => {
    const of = { passed: 'passed', failed: 'failed', errors: 'error' } as const;
    for (const [key, status] of Object.entries(of) as [keyof typeof of, (typeof STATUSES)[number]][]) {
      const n = r.scenarios.filter((s) => s.status === status).length;
      if (r[key] !== n) ctx.addIssue({ code: 'custom', path: [key], message: `is ${r[key]}, but ${n} scenario files have status ${status}` });
    }
    const passedWithFailures = r.scenarios.findIndex((s) => s.status === 'passed' && s.failures.length > 0);
    if (passedWithFailures >= 0) ctx.addIssue({ code: 'custom', path: ['scenarios', passedWithFailures, 'failures'], message: 'a passed scenario has no failures' });
  });

export type RunPart = z.output<typeof runPartSchema>;
