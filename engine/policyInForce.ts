import type { Instant } from './Calendar.js';
import { calendarFor } from './calendarFor.js';
import { type DateParts, parseDateText } from './parseDateText.js';
import type { Policy } from './Policy.js';
import { toInstant } from './toInstant.js';

/** A policy's periods: `policies[0]` before the first change, `policies[k]` from `starts[k − 1]` on. */
interface Periods {
  readonly starts: readonly Instant[];
  readonly policies: readonly Policy[];
}

const PERIODS = new WeakMap<Policy, Periods>();

/**
 * The policy in force at `at` (docs/rules.md, dated changes): the base parameters with every
 * change dated at or before `at` applied in order. A policy without changes is its own policy
 * in force (the same object). A policy in force carries no `changes` of its own.
 */
export function policyInForce(policy: Policy, at: Instant): Policy {
  const changes = policy.changes;
  if (changes === undefined || changes.length === 0) return policy;
  const { starts, policies } = periodsOf(policy);
  let k = starts.length;
  while (k > 0 && at < starts[k - 1]!) k--;
  return policies[k]!;
}

/** The instants at which a policy's changes take effect, in order (empty without changes). */
export function changeInstants(policy: Policy): readonly Instant[] {
  return policy.changes === undefined || policy.changes.length === 0 ? [] : periodsOf(policy).starts;
}

function periodsOf(policy: Policy): Periods {
  const known = PERIODS.get(policy);
  if (known !== undefined) return known;
  const calendar = calendarFor(policy.timezone);
  const { changes = [], ...base } = policy;
  const starts: Instant[] = [];
  const policies: Policy[] = [Object.freeze(base)];
  for (const change of changes) {
    starts.push(toInstant(parseDateText(change.at) as DateParts, calendar));
    policies.push(Object.freeze({ ...policies[policies.length - 1]!, ...change.set }) as Policy);
  }
  const periods = { starts, policies };
  PERIODS.set(policy, periods);
  return periods;
}
