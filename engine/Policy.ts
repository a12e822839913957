import { Calendar } from './Calendar.js';
import { zoneSuggestion } from './zoneName.js';
import { DEFAULT_ELIGIBLE_STATUSES, type LifecycleStatus, isClaimStatus, isTerminal } from './claimTypes.js';
import { checkPolicyChanges } from './checkPolicyChanges.js';
import type { InFlightCooldowns, InFlightDeadlines, PolicyChange } from './PolicyChange.js';

/** R21: how personal data in messages is handled. */
export type PiiCheck = 'off' | 'warn' | 'block';

/** The policy parameters of rules.md, as plain data (OpenFisca-style parameters). */
export interface Policy {
  readonly timezone: string;
  readonly responseWindowDays: number;
  readonly rejectionCooldownDays: number;
  readonly cancellationCooldownDays: number;
  readonly delayThresholdDays: number;
  readonly maxReRequests: number | null;
  readonly autoWithdrawOnTimeout: boolean;
  readonly eligibleStatuses: readonly LifecycleStatus[];
  readonly requireMessage: boolean;
  readonly piiCheck: PiiCheck;
  /** Extension of R6/R10: remind the buyer this many days before the deadline runs out; null: no reminder. */
  readonly reminderDaysBeforeDeadline: number | null;
  /** Dated changes (docs/rules.md, dated changes); absent or empty: the policy never changes. */
  readonly changes?: readonly PolicyChange[];
  /** R10a: requests open at a change keep their deadline (absent: keep) or are re-timed. */
  readonly inFlightDeadlines?: InFlightDeadlines;
  /** R15a: cooldowns in force at a change keep their end (absent: keep) or are recomputed. */
  readonly inFlightCooldowns?: InFlightCooldowns;
}

export const DEFAULT_POLICY: Policy = Object.freeze({
  timezone: 'Asia/Tokyo',
  responseWindowDays: 7,
  rejectionCooldownDays: 5,
  cancellationCooldownDays: 5,
  delayThresholdDays: 4,
  maxReRequests: null,
  autoWithdrawOnTimeout: true,
  eligibleStatuses: Object.freeze([...DEFAULT_ELIGIBLE_STATUSES]),
  requireMessage: true,
  piiCheck: 'warn',
  reminderDaysBeforeDeadline: null,
});

export const POLICY_KEYS = Object.keys(DEFAULT_POLICY) as readonly (keyof Policy)[];

/** Every key a policy can hold: the parameters, then the dated changes' keys (absent from a policy without changes). */
export const ALL_POLICY_KEYS: readonly (keyof Policy)[] = [...POLICY_KEYS, 'inFlightDeadlines', 'inFlightCooldowns', 'changes'];

/** One thing wrong with a policy: the key and what is wrong. */
export interface PolicyProblem {
  readonly key: string;
  readonly message: string;
  /** Where, below the policy's top, when deeper than `key` (a problem inside `changes`). */
  readonly path?: readonly (string | number)[];
}

export type PolicyCheck = { ok: true; policy: Policy } | { ok: false; problems: readonly PolicyProblem[] };

/**
 * The range of each whole-number parameter (docs/scenarios.md, limits): wide enough for any
 * real policy, small enough that every deadline the engine computes stays a valid date.
 */
export const POLICY_RANGES = {
  responseWindowDays: [1, 3650],
  rejectionCooldownDays: [0, 3650],
  cancellationCooldownDays: [0, 3650],
  delayThresholdDays: [1, 3650],
  maxReRequests: [0, 1000],
  reminderDaysBeforeDeadline: [1, 3649],
} as const satisfies Partial<Record<keyof Policy, readonly [number, number]>>;

const wholeIn = ([min, max]: readonly [number, number]) => (v: unknown) =>
  typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max ? null : `must be a whole number from ${min} to ${max}, got ${show(v)}`;

/** The value as written, for messages: a list or map is named, never flattened into its items. */
function show(v: unknown): string {
  if (typeof v === 'string') return JSON.stringify(v);
  if (Array.isArray(v)) return 'a list';
  if (v !== null && typeof v === 'object') return 'a map';
  return String(v);
}

function zoneProblem(v: unknown): string | null {
  if (typeof v === 'string' && Calendar.isValidZone(v)) return null;
  const guess = typeof v === 'string' ? zoneSuggestion(v) : null;
  return `must be an IANA time zone name such as "Asia/Tokyo", got ${show(v)} (${guess ? `did you mean ${guess}? ` : ''}UTC or an Area/Location name, spelled exactly, such as Europe/London; not an abbreviation such as GMT or JST, nor an old country or state name such as Japan or US/Eastern)`;
}

const CHECKS: Record<keyof Policy, (v: unknown) => string | null> = {
  timezone: zoneProblem,
  responseWindowDays: wholeIn(POLICY_RANGES.responseWindowDays),
  rejectionCooldownDays: wholeIn(POLICY_RANGES.rejectionCooldownDays),
  cancellationCooldownDays: wholeIn(POLICY_RANGES.cancellationCooldownDays),
  delayThresholdDays: wholeIn(POLICY_RANGES.delayThresholdDays),
  maxReRequests: (v) => (v === null ? null : wholeIn(POLICY_RANGES.maxReRequests)(v) && `must be null (unlimited) or a whole number from 0 to ${POLICY_RANGES.maxReRequests[1]}, got ${show(v)}`),
  autoWithdrawOnTimeout: (v) => (typeof v === 'boolean' ? null : `must be true or false, got ${show(v)}`),
  eligibleStatuses: (v) => {
    if (!Array.isArray(v)) return `must be a list of claim statuses, got ${show(v)}`;
    for (const s of v) {
      if (typeof s !== 'string' || !isClaimStatus(s)) return `has an unknown claim status ${show(s)}`;
      if (isTerminal(s)) return `has a terminal status ${show(s)}; only non-terminal statuses can be eligible`;
    }
    return null;
  },
  requireMessage: (v) => (typeof v === 'boolean' ? null : `must be true or false, got ${show(v)}`),
  piiCheck: (v) => (v === 'off' || v === 'warn' || v === 'block' ? null : `must be one of off, warn, block, got ${show(v)}`),
  reminderDaysBeforeDeadline: (v) =>
    v === null ? null : wholeIn(POLICY_RANGES.reminderDaysBeforeDeadline)(v) && `must be null (no reminder) or a whole number from 1 to ${POLICY_RANGES.reminderDaysBeforeDeadline[1]}, got ${show(v)}`,
  // Checked as a whole once the zone is known (checkPolicyChanges).
  changes: () => null,
  inFlightDeadlines: (v) => (v === 'keep' || v === 'retime' ? null : `must be keep or retime, got ${show(v)}`),
  inFlightCooldowns: (v) => (v === 'keep' || v === 'recompute' ? null : `must be keep or recompute, got ${show(v)}`),
};

/**
 * A reminder N days before the deadline runs out falls at 00:00 of day W − N + 1 of a W-day
 * window: with N ≥ W it would fall on or before the request's own date, so it is refused.
 */
function reminderProblem(policy: Record<string, unknown>): PolicyProblem | null {
  const n = policy['reminderDaysBeforeDeadline'];
  const w = policy['responseWindowDays'];
  if (typeof n !== 'number' || typeof w !== 'number' || n < w) return null;
  return {
    key: 'reminderDaysBeforeDeadline',
    message: `reminderDaysBeforeDeadline ${n} must be less than responseWindowDays ${w}: a reminder ${n} days before a ${w}-day window runs out would fall on or before the request date (use at most ${w - 1}, or null for no reminder)`,
  };
}

/** The reminder against the window, for the base parameters and for those in force after each dated change. */
function reminderProblems(policy: Record<string, unknown>): PolicyProblem[] {
  const problems: PolicyProblem[] = [];
  const base = reminderProblem(policy);
  if (base) problems.push(base);
  let inForce = policy;
  ((policy['changes'] ?? []) as readonly PolicyChange[]).forEach((change, i) => {
    inForce = { ...inForce, ...change.set };
    const p = reminderProblem(inForce);
    if (p && !base) problems.push({ key: 'changes', message: `changes[${i}] (at ${change.at}): ${p.message}`, path: ['changes', i, 'set'] });
  });
  return problems;
}

/**
 * Validates policy overrides on top of a base policy (default: DEFAULT_POLICY).
 * Unknown keys and impossible values are refused, each with the key and a fix.
 */
export function checkPolicy(overrides: unknown, base: Policy = DEFAULT_POLICY): PolicyCheck {
  if (overrides === null || overrides === undefined) return { ok: true, policy: base };
  if (typeof overrides !== 'object' || Array.isArray(overrides)) {
    return { ok: false, problems: [{ key: '', message: 'a policy must be a map of parameter: value' }] };
  }
  const problems: PolicyProblem[] = [];
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(overrides)) {
    if (!Object.hasOwn(CHECKS, key)) {
      const near = POLICY_KEYS.find((k) => k.toLowerCase().startsWith(key.toLowerCase().slice(0, 6)));
      problems.push({ key, message: `unknown policy key "${key}"${near ? ` (did you mean "${near}"?)` : ''}; known keys: ${POLICY_KEYS.join(', ')}` });
      continue;
    }
    const err = CHECKS[key as keyof Policy](value);
    if (err) problems.push({ key, message: `${key} ${err}` });
    else out[key] = Array.isArray(value) ? Object.freeze([...value]) : value;
  }
  if (out['changes'] !== undefined && problems.length === 0) {
    const checkKey = (k: string, v: unknown) => (Object.hasOwn(CHECKS, k) ? CHECKS[k as keyof Policy](v) : undefined);
    const r = checkPolicyChanges(out['changes'], out['timezone'] as string, checkKey);
    if ('problems' in r) problems.push(...r.problems.map((p) => ({ key: 'changes', message: p.message, path: p.path })));
    else if (r.changes.length === 0) delete out['changes'];
    else out['changes'] = r.changes;
  }
  if (problems.length === 0) problems.push(...reminderProblems(out));
  return problems.length ? { ok: false, problems } : { ok: true, policy: Object.freeze(out) as unknown as Policy };
}

/** Like checkPolicy, but throws one Error listing the problems (for programmatic callers). */
export function makePolicy(overrides: unknown = {}, base: Policy = DEFAULT_POLICY): Policy {
  const r = checkPolicy(overrides, base);
  if (!r.ok) throw new Error(`invalid policy: ${r.problems.map((p) => p.message).join('; ')}`);
  return r.policy;
}
