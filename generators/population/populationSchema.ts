import { z } from 'zod';
import {
  CLAIM_TYPES,
  type ClaimType,
  type LifecycleStatus,
  LIFECYCLE_STATUSES,
  STATUSES_BY_TYPE,
  canTransition,
  isTerminal,
  typeOfStatus,
} from '../../engine/index.js';
import { countDistribution, durationDistribution, durationSchema, fractionDistribution } from './distributionSchema.js';
import { parseLocalDateTime } from './parseLocalDateTime.js';
import { POPULATION_LIMITS as L } from './populationLimits.js';
import { zeroTimeCycle } from './zeroTimeCycle.js';
import { calibrationSchema } from './calibrationSchema.js';
import { claimsPerSellerProblems } from './claimsPerSellerProblems.js';
import type { Answer, Chance, Population, ReminderReaction, Weighted } from './Population.js';
import { reactionShape } from '../reactions/reactionFields.js';

const probability = z.number().min(0).max(1);

/**
 * For a refinement that reads its parts as their schemas promise: zod runs a refinement even
 * after a part failed without aborting (a transform's issue), and then its shape is anything.
 */
const ONCE_VALID = { when: (payload: { readonly issues: readonly unknown[] }) => payload.issues.length === 0 };
const NEVER = { probability: 0, delay: { constant: 0 } } as const satisfies Chance;

/** Something done with a probability after a delay (default: at once). */
const chance = z.strictObject({ probability, delay: durationDistribution.default({ constant: 0 }) });

const NO_ANSWER = { probability: 0, timing: 'afterRequest', delay: { constant: 0 } } as const satisfies Answer;
const TIMINGS = ['delay', 'beforeDeadline', 'fractionOfWindow'] as const;

/**
 * A buyer's answer: a probability and when, in exactly one of three forms: `delay` after the
 * request (default: at once), `beforeDeadline` (before the answer window ends) or
 * `fractionOfWindow` (a fraction 0 … 1 of the window, from the request). Each is drawn from the
 * same draw, so a claim keeps its place in the window under every policy.
 */
const answer = z
  .strictObject({
    probability,
    delay: durationDistribution.optional(),
    beforeDeadline: durationDistribution.optional(),
    fractionOfWindow: fractionDistribution.optional(),
  })
  .superRefine((a, ctx) => {
    const given = TIMINGS.filter((k) => a[k] !== undefined);
    if (given.length > 1) ctx.addIssue({ code: 'custom', path: [given[1]!], params: { atKey: true }, message: `an answer has one timing, got ${given.join(' and ')} (keep one of them)` });
  }, ONCE_VALID)
  .transform((a): Answer => {
    if (a.beforeDeadline) return { probability: a.probability, timing: 'beforeDeadline', delay: a.beforeDeadline };
    if (a.fractionOfWindow) return { probability: a.probability, timing: 'fractionOfWindow', delay: a.fractionOfWindow };
    return { probability: a.probability, timing: 'afterRequest', delay: a.delay ?? { constant: 0 } };
  });

const NO_REACTION = { answerProbability: 0, accept: 0, delay: { constant: 0 } } as const satisfies ReminderReaction;

/**
 * How a buyer reacts to a reminder (R10 extension): with `answerProbability` it answers
 * `delay` after the reminder (default: at once), accepting with probability `accept`.
 */
const reminderReaction = z.strictObject({ answerProbability: probability, accept: probability, delay: durationDistribution.default({ constant: 0 }) });

/** A map of name: weight over `known` names, kept in file order. */
function weights<T extends string>(known: readonly T[], what: string) {
  return z.record(z.string(), z.number().nonnegative().max(L.weight)).superRefine((m, ctx) => {
    for (const key of Object.keys(m)) {
      if (!(known as readonly string[]).includes(key)) {
        ctx.addIssue({ code: 'custom', path: [key], params: { atKey: true }, message: `"${key}" is not ${what} (use one of ${known.join(', ')})` });
      }
    }
    if (!(Object.values(m).reduce((s, w) => s + w, 0) > 0)) ctx.addIssue({ code: 'custom', message: 'the weights add up to 0 (give at least one a positive weight)' });
  }).transform((m): Weighted<T> => Object.entries(m).map(([value, weight]) => ({ value: value as T, weight })));
}

const perClaimType = z
  .union([probability, z.strictObject(Object.fromEntries(CLAIM_TYPES.map((t) => [t, probability.optional()])) as Record<ClaimType, z.ZodOptional<typeof probability>>)])
  .transform((p) => Object.fromEntries(CLAIM_TYPES.map((t) => [t, typeof p === 'number' ? p : (p[t] ?? 0)])) as Record<ClaimType, number>);

const sellerProfile = z.strictObject({
  name: z.string().min(1),
  weight: z.number().positive().max(L.weight).default(1),
  request: z.strictObject({ probability: perClaimType, delay: durationDistribution }),
  reRequest: z
    .strictObject({
      probability,
      from: z.enum(['rejection', 'cooldownEnd']).default('cooldownEnd'),
      delay: durationDistribution.default({ constant: 0 }),
      retryDelay: durationDistribution.default({ constant: 0 }),
      max: z.number().int().min(0).max(100).default(3),
      // The sellers' reactions' fields (generators/reactions), each absent unless set, so that a population without them hashes as before.
      ...reactionShape('reRequest'),
    })
    .default({ probability: 0, from: 'cooldownEnd', delay: { constant: 0 }, retryDelay: { constant: 0 }, max: 0 }),
  cancel: chance.default(NEVER),
  giveUp: chance.default(NEVER),
  escalate: probability.default(0),
  pii: probability.default(0),
  memo: chance.default(NEVER),
});

const buyerProfile = z
  .strictObject({
    name: z.string().min(1),
    weight: z.number().positive().max(L.weight).default(1),
    accept: answer.default(NO_ANSWER),
    reject: answer.default(NO_ANSWER),
    silent: probability.default(0),
    memoReply: chance.default(NEVER),
    pii: probability.default(0),
    onReminder: reminderReaction.default(NO_REACTION),
  })
  .superRefine((b, ctx) => {
    const sum = b.accept.probability + b.reject.probability + b.silent;
    if (Math.abs(sum - 1) > 1e-9) {
      ctx.addIssue({ code: 'custom', path: ['silent'], message: `accept + reject + silent probabilities add up to ${+sum.toFixed(6)}, not 1 (adjust them so that they do)` });
    }
   }, ONCE_VALID);

const lifecycleStep = z.strictObject({
  after: durationDistribution,
  next: weights(LIFECYCLE_STATUSES, 'a claim status'),
  duringWithdrawal: z.enum(['wait', 'continue']).default('continue'),
});

const horizon = z
  .strictObject({
    start: z.string().transform((s, ctx) => {
      const t = parseLocalDateTime(s);
      if (!t) ctx.addIssue({ code: 'custom', message: `"${s}" is not a date-time (write 2024-04-01T09:00, optionally with seconds or an offset such as +09:00)` });
      return t ?? z.NEVER;
    }),
    length: durationSchema,
    arrivals: durationSchema.optional(),
  })
  .superRefine((h, ctx) => {
    if (!(h.length > 0)) ctx.addIssue({ code: 'custom', path: ['length'], message: 'the horizon must be longer than 0 (such as 60d)' });
    if (h.arrivals !== undefined && h.arrivals > h.length) {
      ctx.addIssue({ code: 'custom', path: ['arrivals'], message: 'claims cannot arrive after the horizon ends (make arrivals ≤ length)' });
    }
  })
  .transform((h) => ({ start: h.start, lengthMs: h.length, arrivalsMs: h.arrivals ?? h.length }));

/** The population file's schema: strict (an unknown key is an error), defaults filled in. */
export const populationSchema = z
  .strictObject({
    /** Read before the schema (readPopulationLayers): the file this one overrides; gone from the merged data. */
    extends: z.string().optional(),
    name: z.string().min(1),
    description: z.string().default(''),
    seed: z.number().int().min(0).max(0xffffffff),
    horizon,
    sellers: z.number().int().positive().max(L.sellers),
    buyers: z.number().int().positive().max(L.buyers),
    claims: z.number().int().positive().max(L.claims).optional(),
    claimsPerSeller: countDistribution.optional(),
    claimMix: weights(CLAIM_TYPES, 'a claim type'),
    initialStatus: z.record(z.string(), weights(LIFECYCLE_STATUSES, 'a claim status')).default({}),
    lifecycle: z.record(z.string(), lifecycleStep).default({}),
    sellerProfiles: z.array(sellerProfile).min(1),
    buyerProfiles: z.array(buyerProfile).min(1),
    /** Written by `claimsim calibrate`: where the numbers come from; changes no simulated figure. */
    calibration: calibrationSchema.optional(),
  })
  .superRefine((p, ctx) => {
    if ((p.claims === undefined) === (p.claimsPerSeller === undefined)) {
      ctx.addIssue({ code: 'custom', path: ['claims'], message: 'give the number of claims as either claims: N or claimsPerSeller: <distribution>, exactly one of them' });
    }
    if (p.claimsPerSeller) {
      for (const problem of claimsPerSellerProblems(p.claimsPerSeller)) ctx.addIssue({ code: 'custom', path: ['claimsPerSeller', ...problem.path], message: problem.message });
    }
    for (const [type, table] of Object.entries(p.initialStatus)) {
      if (!(CLAIM_TYPES as readonly string[]).includes(type)) {
        ctx.addIssue({ code: 'custom', path: ['initialStatus', type], params: { atKey: true }, message: `"${type}" is not a claim type (use one of ${CLAIM_TYPES.join(', ')})` });
        continue;
      }
      for (const { value } of table) {
        if (typeOfStatus(value) !== type || isTerminal(value)) {
          ctx.addIssue({
            code: 'custom',
            path: ['initialStatus', type, value],
            params: { atKey: true },
            message: `a ${type} claim cannot be opened in ${value} (use one of ${STATUSES_BY_TYPE[type as ClaimType].filter((s) => !isTerminal(s)).join(', ')})`,
          });
        }
      }
    }
    for (const [from, step] of Object.entries(p.lifecycle)) {
      if (!(LIFECYCLE_STATUSES as readonly string[]).includes(from) || isTerminal(from as LifecycleStatus)) {
        ctx.addIssue({ code: 'custom', path: ['lifecycle', from], params: { atKey: true }, message: `"${from}" is not a non-terminal claim status (a terminal status has no next step)` });
        continue;
      }
      for (const { value } of step.next) {
        if (!canTransition(from as LifecycleStatus, value)) {
          ctx.addIssue({ code: 'custom', path: ['lifecycle', from, 'next', value], params: { atKey: true }, message: `a claim cannot go from ${from} to ${value} (rules.md lists the allowed arrows)` });
        }
      }
    }
    const cycle = zeroTimeCycle(p.lifecycle);
    if (cycle) {
      ctx.addIssue({
        code: 'custom',
        path: ['lifecycle', cycle[0]!, 'after'],
        message: `the lifecycle steps ${cycle.join(' → ')} all take no time, so a claim would move round them forever at one instant (give one of them an after: above 0)`,
      });
    }
    const names = new Set<string>();
    for (const [list, profiles] of [['sellerProfiles', p.sellerProfiles], ['buyerProfiles', p.buyerProfiles]] as const) {
      names.clear();
      profiles.forEach((profile, i) => {
        if (names.has(profile.name)) ctx.addIssue({ code: 'custom', path: [list, i, 'name'], message: `profile name "${profile.name}" is used twice (give each profile its own name)` });
        names.add(profile.name);
      });
    }
  }, ONCE_VALID)
  .transform(
    (p): Omit<Population, 'file'> => ({
      name: p.name,
      description: p.description,
      seed: p.seed,
      horizon: p.horizon,
      sellers: p.sellers,
      buyers: p.buyers,
      claims: p.claims ?? null,
      claimsPerSeller: p.claimsPerSeller ?? null,
      claimMix: p.claimMix,
      initialStatus: p.initialStatus as Population['initialStatus'],
      lifecycle: p.lifecycle as Population['lifecycle'],
      sellerProfiles: p.sellerProfiles,
      buyerProfiles: p.buyerProfiles,
      // Only when given: a population without a card stays the same object (and hash) as before.
      ...(p.calibration ? { calibration: p.calibration } : {}),
    }),
  );
