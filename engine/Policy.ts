import { checkPolicyChanges } from './checkPolicyChanges.js';
import type { PolicyChange } from './PolicyChange.js';
import { PARAMETERS, PARAMETER_DEFAULTS, PARAMETER_RANGES, type ParameterValue, type PolicyParameters, REQUIRED_PARAMETER_KEYS } from './parameters/index.js';

export {
  PARAMETERS,
  SWEEPABLE_KEYS,
  BOUNDARY_PARAMETERS,
  type BoundaryParameter,
  type ExploreBoundary,
  type Parameter,
  type ParameterBoundary,
  type ParameterKey,
  type ParameterValue,
  type WholeKey,
} from './parameters/index.js';

/** R21: how personal data in messages is handled. */
export type PiiCheck = ParameterValue<'piiCheck'>;

/**
 * The policy parameters of rules.md, as plain data (OpenFisca-style parameters): one key per
 * record of PARAMETERS (engine/parameters, the features' records last), plus the dated changes (docs/rules.md, dated changes; absent or
 * empty: the policy never changes).
 */
export type Policy = PolicyParameters & {
  readonly changes?: readonly PolicyChange[];
};

export const DEFAULT_POLICY: Policy = PARAMETER_DEFAULTS;

export const POLICY_KEYS: readonly (keyof Policy)[] = REQUIRED_PARAMETER_KEYS;

/** Every key a policy can hold: the parameters, then the dated changes' keys (absent from a policy without changes). */
export const ALL_POLICY_KEYS: readonly (keyof Policy)[] = [...POLICY_KEYS, ...PARAMETERS.filter((p) => p.optional).map((p) => p.key), 'changes'];

/** One thing wrong with a policy: the key and what is wrong. */
export interface PolicyProblem {
  readonly key: string;
  readonly message: string;
  /** Where, below the policy's top, when deeper than `key` (a problem inside `changes`). */
  readonly path?: readonly (string | number)[];
}

export type PolicyCheck = { ok: true; policy: Policy } | { ok: false; problems: readonly PolicyProblem[] };

/** The range of each whole-number parameter (docs/rules.md, policy parameters), from its record. */
export const POLICY_RANGES = PARAMETER_RANGES;

const CHECKS: Record<keyof Policy, (v: unknown) => string | null> = {
  ...(Object.fromEntries(PARAMETERS.map((p) => [p.key, p.check])) as Record<keyof PolicyParameters, (v: unknown) => string | null>),
  // Checked as a whole once the zone is known (checkPolicyChanges).
  changes: () => null,
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
