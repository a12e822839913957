import type { Calendar, Decision } from '../../engine/index.js';
import type { StepAction } from '../Scenario.js';
import { mismatch, showInstant } from './describe.js';

/**
 * A `do:` step's decision against what it expects: accepted by default, or refused with
 * `expect.error` (and, when written, the cooldown end `until` and the R3 support pointer).
 */
export function checkAction(action: StepAction, decision: Decision, calendar: Calendar): string[] {
  const { label, expect } = action;
  if (!expect) return decision.ok ? [] : [`${label}: expected accepted, got ${decision.refusal.code} (${decision.refusal.message})`];
  if (decision.ok) return [`${label}: expected ${expect.error}, got accepted`];
  const r = decision.refusal;
  if (r.code !== expect.error) return [`${label}: expected ${expect.error}, got ${r.code} (${r.message})`];
  const out: string[] = [];
  if (expect.until !== undefined) out.push(...mismatch(`${label}.until`, showInstant(expect.until, calendar), showInstant(r.until, calendar)));
  if (expect.support !== undefined) out.push(...mismatch(`${label}.support`, expect.support, r.support !== undefined));
  return out;
}
