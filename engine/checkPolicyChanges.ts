import type { Instant } from './Calendar.js';
import { calendarFor } from './calendarFor.js';
import { parseDateText } from './parseDateText.js';
import { FIXED_POLICY_KEYS, MAX_POLICY_CHANGES, type PolicyChange } from './PolicyChange.js';
import { toExistingInstant } from './toInstant.js';

/** One thing wrong in `changes`: where (from the policy's top), and what, with how to fix it. */
export interface ChangeProblem {
  readonly path: readonly (string | number)[];
  readonly message: string;
}

/** What a change's `set` key is checked against: the policy's own check of that key (null: fine), or undefined for an unknown key. */
export type KeyCheck = (key: string, value: unknown) => string | null | undefined;

/**
 * Checks a policy's `changes` in the zone `timezone`: a list of at most MAX_POLICY_CHANGES
 * maps `{ at, set }`, `at` a date or date-time in strictly increasing order (a wall-clock time
 * the zone skips is refused), `set` a
 * non-empty map of changeable keys, each value checked by the policy's own check.
 * Returns the changes as frozen data, or the problems.
 */
export function checkPolicyChanges(value: unknown, timezone: string, checkKey: KeyCheck): { changes: readonly PolicyChange[] } | { problems: ChangeProblem[] } {
  if (!Array.isArray(value)) return { problems: [{ path: ['changes'], message: 'changes must be a list of { at: DATE, set: { key: value } }' }] };
  if (value.length > MAX_POLICY_CHANGES) {
    return { problems: [{ path: ['changes'], message: `changes holds ${value.length} changes; at most ${MAX_POLICY_CHANGES} are allowed (merge changes that take effect together)` }] };
  }
  const calendar = calendarFor(timezone);
  const problems: ChangeProblem[] = [];
  const changes: PolicyChange[] = [];
  let before: { at: string; instant: Instant } | null = null;
  value.forEach((item: unknown, i) => {
    const here = `changes[${i}]`;
    if (item === null || typeof item !== 'object' || Array.isArray(item)) {
      problems.push({ path: ['changes', i], message: `${here} must be a map { at: DATE, set: { key: value } }` });
      return;
    }
    const extra = Object.keys(item).find((k) => k !== 'at' && k !== 'set');
    if (extra !== undefined) problems.push({ path: ['changes', i, extra], message: `${here} has an unknown key "${extra}"; a change has only at and set` });
    const { at, set } = item as { at?: unknown; set?: unknown };
    const parts = typeof at === 'string' ? parseDateText(at) : `${here}.at is missing or not a date`;
    if (typeof parts === 'string') {
      problems.push({ path: ['changes', i, 'at'], message: typeof at === 'string' ? `${here}.at: ${parts}` : `${parts} (write at: YYYY-MM-DD, or a date-time such as 2024-05-01T09:00+09:00)` });
    } else {
      const instant = toExistingInstant(parts, calendar, String(at));
      if (typeof instant === 'string') {
        problems.push({ path: ['changes', i, 'at'], message: `${here}.at: ${instant}` });
      } else if (before !== null && instant <= before.instant) {
        problems.push({ path: ['changes', i, 'at'], message: `${here}.at ${String(at)} is not after the change before it (${before.at}); list changes in strictly increasing order of at` });
      }
      if (typeof instant !== 'string') before = { at: String(at), instant };
    }
    const setProblems = checkSet(set, `${here}.set`, ['changes', i, 'set'], checkKey);
    problems.push(...setProblems);
    if (setProblems.length === 0 && typeof at === 'string') changes.push(Object.freeze({ at, set: Object.freeze({ ...(set as object) }) }));
  });
  return problems.length > 0 ? { problems } : { changes: Object.freeze(changes) };
}

function checkSet(set: unknown, here: string, path: readonly (string | number)[], checkKey: KeyCheck): ChangeProblem[] {
  if (set === null || typeof set !== 'object' || Array.isArray(set) || Object.keys(set).length === 0) {
    return [{ path, message: `${here} must be a map of at least one policy parameter and its new value (for example responseWindowDays: 10)` }];
  }
  const problems: ChangeProblem[] = [];
  for (const [key, v] of Object.entries(set)) {
    const fixed = Object.hasOwn(FIXED_POLICY_KEYS, key) ? FIXED_POLICY_KEYS[key] : undefined;
    const err = fixed !== undefined ? fixed : checkKey(key, v);
    if (err === undefined) problems.push({ path: [...path, key], message: `${here} has an unknown policy key "${key}"` });
    else if (err !== null) problems.push({ path: [...path, key], message: fixed !== undefined ? `${here}.${key}: ${err}` : `${here}.${key} ${err}` });
  }
  return problems;
}
