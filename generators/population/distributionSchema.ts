import { MS_PER_DAY } from '../../engine/index.js';
import { z } from 'zod';
import type { DistributionSpec, EmpiricalRow } from '../random/DistributionSpec.js';
import { parseDuration } from './parseDuration.js';
import { POPULATION_LIMITS as L } from './populationLimits.js';

/** A duration: `36h`, `2d`, `1d12h`, `90m`, `30s`, `500ms` (or 0), in ms. */
export const durationSchema = z.union([z.string(), z.number()]).transform((v, ctx) => {
  const ms = v === 0 ? 0 : typeof v === 'string' ? parseDuration(v) : null;
  if (ms === null) {
    ctx.addIssue({ code: 'custom', message: `${JSON.stringify(v)} is not a duration (write a number with a unit: ms, s, m, h or d, such as 36h, 2d or 1d12h)` });
    return z.NEVER;
  }
  if (ms > L.horizonDays * MS_PER_DAY) {
    ctx.addIssue({ code: 'custom', message: `${JSON.stringify(v)} is longer than ${L.horizonDays}d, the longest duration a population may give (shorten it)` });
    return z.NEVER;
  }
  return ms;
});

/** A count, for distributions of numbers such as claims per seller. */
export const countSchema = z.number().nonnegative().max(L.count);

const FORMS = 'constant, uniform, exponential, logNormal or empirical';

/**
 * A distribution of values read by `value`: exactly one of `{ constant: V }`,
 * `{ uniform: [A, B] }`, `{ exponential: { mean: M } }`, `{ logNormal: { median: M, sigma: S } }`,
 * `{ empirical: [{ value: V, weight: W } | { from: A, to: B, weight: W }, …] }`.
 */
export function distributionSchema(value: z.ZodType<number, unknown>) {
  const row = z
    .strictObject({ value: value.optional(), from: value.optional(), to: value.optional(), weight: z.number().positive().max(L.weight) })
    .superRefine((r, ctx) => {
      const ranged = r.from !== undefined || r.to !== undefined;
      if ((r.value === undefined) === !ranged || (ranged && (r.from === undefined || r.to === undefined))) {
        ctx.addIssue({ code: 'custom', message: 'an empirical row is { value: V, weight: W } or { from: A, to: B, weight: W }' });
      } else if (ranged && r.to! < r.from!) {
        ctx.addIssue({ code: 'custom', path: ['to'], message: 'the range ends before it starts (write from ≤ to)' });
      }
    });
  return z
    .strictObject({
      constant: value.optional(),
      uniform: z.tuple([value, value]).optional(),
      exponential: z.strictObject({ mean: value }).optional(),
      logNormal: z.strictObject({ median: value, sigma: z.number().nonnegative().max(L.sigma) }).optional(),
      empirical: z.array(row).min(1).optional(),
    })
    .superRefine((d, ctx) => {
      const forms = Object.keys(d).filter((k) => d[k as keyof typeof d] !== undefined);
      if (forms.length !== 1) {
        ctx.addIssue({
          code: 'custom',
          message: forms.length === 0 ? `a distribution needs one of ${FORMS}` : `a distribution has one form, got ${forms.join(' and ')} (keep one of them)`,
        });
      } else if (d.uniform && d.uniform[1] < d.uniform[0]) {
        ctx.addIssue({ code: 'custom', path: ['uniform'], message: 'uniform: [A, B] needs A ≤ B' });
      } else if (d.exponential && !(d.exponential.mean > 0)) {
        ctx.addIssue({ code: 'custom', path: ['exponential', 'mean'], message: 'the mean must be above 0' });
      }
    })
    .transform((d): DistributionSpec => {
      if (d.constant !== undefined) return { constant: d.constant };
      if (d.uniform) return { uniform: [d.uniform[0], d.uniform[1]] };
      if (d.exponential) return { exponential: { mean: d.exponential.mean } };
      if (d.logNormal) return { logNormal: { median: d.logNormal.median, sigma: d.logNormal.sigma } };
      return {
        empirical: d.empirical!.map((r): EmpiricalRow => (r.value !== undefined ? { value: r.value, weight: r.weight } : { from: r.from!, to: r.to!, weight: r.weight })),
      };
    });
}

/** A fraction of a window, 0 … 1. */
export const fractionSchema = z.number().min(0).max(1);

export const durationDistribution = distributionSchema(durationSchema);
export const fractionDistribution = distributionSchema(fractionSchema);
export const countDistribution = distributionSchema(countSchema);
