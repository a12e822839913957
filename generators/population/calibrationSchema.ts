import { z } from 'zod';
import { PARAMETERS } from '../../engine/index.js';

/** Every policy parameter's key, the optional ones (a feature's switch, the reminder) included. */
const POLICY_KEYS: readonly string[] = PARAMETERS.map((p) => p.key);

/**
 * The `calibration:` card of a population fitted from a claim log (`claimsim calibrate`): where
 * its numbers come from, how sure they are, which model choices the log decided, how the fit
 * held on the holdout, and what the log cannot tell (assumptions, marked as such). The card is
 * read, checked and carried to the reports; it changes no simulated figure.
 */

const probability = z.number().min(0).max(1);
const sha256 = z.string().regex(/^[0-9a-f]{64}$/, { message: 'is not a SHA-256 (write 64 lowercase hex digits)' });
const count = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);
const text = z.string().min(1).max(2000);
/** Any finite number a fit may report (statistics, log-likelihoods, estimates in their unit). */
const finite = z.number().min(-Number.MAX_VALUE).max(Number.MAX_VALUE);

/** 2024-04-01T09:00:00.000+09:00: an instant with its offset (Z or ±hh:mm), milliseconds optional. */
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?(Z|[+-]\d{2}:\d{2})$/;
const instant = z
  .string()
  .regex(INSTANT, { message: 'is not an instant with an offset (write 2024-04-01T09:00:00.000+09:00)' })
  .refine((s) => !Number.isNaN(Date.parse(s)), { message: 'is not a real date-time (check the month, day and hour)' });

export const CALIBRATION_UNITS = ['probability', 'ms', 'fraction', 'weight', 'count', 'per-day', 'sigma'] as const;
export type CalibrationUnit = (typeof CALIBRATION_UNITS)[number];

const sourceFile = z.strictObject({ name: text, sha256, records: count });

const source = z
  .strictObject({
    files: z.array(sourceFile).min(1),
    /** Of all the files' bytes, in order. */
    sha256,
    /** The first record's instant. */
    from: instant,
    /** The last record's instant. */
    until: instant,
    claims: count,
    /** `default`, `header` or a policy file's name. */
    policy: text,
  })
  .superRefine((s, ctx) => {
    if (Date.parse(s.until) < Date.parse(s.from)) ctx.addIssue({ code: 'custom', path: ['until'], message: `${s.until} is before from: ${s.from} (the last record cannot come before the first)` });
  });

const method = z.strictObject({
  holdout: z.number().gt(0).lt(1),
  seed: z.number().int().min(0).max(0xffffffff),
  sellerProfiles: z.number().int().min(1).max(100),
  buyerProfiles: z.number().int().min(1).max(100),
});

const parameter = z
  .strictObject({
    /** The fitted number's dotted path in the population file: `buyerProfiles.0.accept.probability`. */
    path: text,
    estimate: finite,
    /** The 95% interval. */
    low: finite,
    high: finite,
    unit: z.enum(CALIBRATION_UNITS),
    basis: text,
  })
  .superRefine((p, ctx) => {
    if (!(p.low <= p.estimate)) ctx.addIssue({ code: 'custom', path: ['low'], message: `low ${p.low} is above the estimate ${p.estimate} (the interval must hold it: low ≤ estimate ≤ high)` });
    if (!(p.estimate <= p.high)) ctx.addIssue({ code: 'custom', path: ['high'], message: `high ${p.high} is below the estimate ${p.estimate} (the interval must hold it: low ≤ estimate ≤ high)` });
    if (p.unit === 'probability' || p.unit === 'fraction') {
      for (const k of ['estimate', 'low', 'high'] as const) {
        if (p[k] < 0 || p[k] > 1) ctx.addIssue({ code: 'custom', path: [k], message: `${p[k]} is not a ${p.unit} (give a number from 0 to 1)` });
      }
    }
    if (p.unit === 'ms' || p.unit === 'weight' || p.unit === 'count' || p.unit === 'per-day' || p.unit === 'sigma') {
      for (const k of ['estimate', 'low', 'high'] as const) {
        if (p[k] < 0) ctx.addIssue({ code: 'custom', path: [k], message: `${p[k]} is below 0, which a ${p.unit} cannot be (give a number ≥ 0)` });
      }
    }
  });

const choice = z
  .strictObject({
    what: text,
    chosen: text,
    /** `weight`: the option's weight where the choice was weighed (pseudo-BMA+ on the held-out claims). */
    options: z.array(z.strictObject({ name: text, heldOutLogLikelihood: finite, weight: probability.optional() })).min(1),
    evidence: text,
  })
  .superRefine((c, ctx) => {
    if (!c.options.some((o) => o.name === c.chosen)) {
      ctx.addIssue({ code: 'custom', path: ['chosen'], message: `"${c.chosen}" is not one of the options (use one of ${c.options.map((o) => o.name).join(', ')})` });
    }
  });

const check = z.strictObject({
  what: text,
  test: z.enum(['ks', 'chi-square']),
  statistic: z.number().min(0).max(Number.MAX_VALUE),
  threshold: z.number().min(0).max(Number.MAX_VALUE),
  pValue: probability,
  n: count,
  verdict: z.enum(['pass', 'fail']),
});

const unidentified = z.strictObject({
  what: text,
  why: text,
  assumption: text,
  /** Policy keys whose effect leans on this assumption. */
  policyKeys: z
    .array(text)
    .default([])
    .superRefine((keys, ctx) => {
      keys.forEach((k, i) => {
        if (!POLICY_KEYS.includes(k)) ctx.addIssue({ code: 'custom', path: [i], message: `"${k}" is not a policy key (use one of ${POLICY_KEYS.join(', ')})` });
      });
    }),
  /** Population paths (dotted, as `--set` takes them) whose value is this assumption. */
  paths: z.array(text).optional(),
});

/**
 * An option of a choice the log does not identify, kept beside the one written: the values it
 * puts in place of the population's (`set`: dotted path → value, checked as the population is
 * when a draw takes it), its weight, and its own fitted parameters. `compare --parameter-draws`
 * draws it by its weight.
 */
const alternative = z.strictObject({
  /** The choice it is an option of (a `choices[].what`). */
  what: text,
  name: text,
  weight: probability,
  set: z.record(z.string().min(1).max(200), z.unknown()),
  parameters: z.array(parameter).default([]),
});

/** The card's schema: strict (an unknown key is an error), every number in its range. */
export const calibrationSchema = z.strictObject({
  source,
  method,
  parameters: z.array(parameter).default([]),
  choices: z.array(choice).default([]),
  checks: z.array(check).default([]),
  unidentified: z.array(unidentified).default([]),
  alternatives: z.array(alternative).optional(),
});

/** The card as the population carries it (validated, plain data). */
export type CalibrationCard = z.output<typeof calibrationSchema>;
export type CalibrationParameter = CalibrationCard['parameters'][number];
export type CalibrationChoice = CalibrationCard['choices'][number];
export type CalibrationCheck = CalibrationCard['checks'][number];
export type CalibrationUnidentified = CalibrationCard['unidentified'][number];
export type CalibrationAlternative = NonNullable<CalibrationCard['alternatives']>[number];
