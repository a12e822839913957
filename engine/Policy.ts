import { Calendar } from './Calendar.js';
import { DEFAULT_ELIGIBLE_STATUSES, type LifecycleStatus, isClaimStatus, isTerminal } from './claimTypes.js';

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
});

export const POLICY_KEYS = Object.keys(DEFAULT_POLICY) as readonly (keyof Policy)[];

/** One thing wrong with a policy: the key and what is wrong. */
export interface PolicyProblem {
  readonly key: string;
  readonly message: string;
}

export type PolicyCheck = { ok: true; policy: Policy } | { ok: false; problems: readonly PolicyProblem[] };

const intAtLeast = (min: number) => (v: unknown) =>
  typeof v === 'number' && Number.isInteger(v) && v >= min ? null : `must be a whole number ≥ ${min}, got ${show(v)}`;

function show(v: unknown): string {
  return typeof v === 'string' ? JSON.stringify(v) : String(v);
}

const CHECKS: Record<keyof Policy, (v: unknown) => string | null> = {
  timezone: (v) =>
    typeof v === 'string' && Calendar.isValidZone(v) ? null : `must be an IANA time zone name such as "Asia/Tokyo", got ${show(v)}`,
  responseWindowDays: intAtLeast(1),
  rejectionCooldownDays: intAtLeast(0),
  cancellationCooldownDays: intAtLeast(0),
  delayThresholdDays: intAtLeast(1),
  maxReRequests: (v) => (v === null ? null : intAtLeast(0)(v) && `must be null (unlimited) or a whole number ≥ 0, got ${show(v)}`),
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
};

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
  return problems.length ? { ok: false, problems } : { ok: true, policy: Object.freeze(out) as unknown as Policy };
}

/** Like checkPolicy, but throws one Error listing the problems (for programmatic callers). */
export function makePolicy(overrides: unknown = {}, base: Policy = DEFAULT_POLICY): Policy {
  const r = checkPolicy(overrides, base);
  if (!r.ok) throw new Error(`invalid policy: ${r.problems.map((p) => p.message).join('; ')}`);
  return r.policy;
}
