import { DEFAULT_POLICY, type Policy } from '../../engine/index.js';
import type { Check, Scenario, StateExpectation } from '../../scenarios/index.js';
import type { Capabilities } from '../protocol/Capabilities.js';

const RULE_TAG = /^R\d+[a-z]?$/;

/**
 * Why the target cannot run this scenario (null: it can): a rule the scenario is tagged with,
 * a policy key it sets away from the default, reminders, dated changes, memos or the search,
 * that the target's capabilities lack. Each missing capability is named.
 */
export function missingCapabilities(scenario: Scenario, caps: Capabilities): string | null {
  const missing: string[] = [];
  const rules = scenario.tags.filter((t) => RULE_TAG.test(t) && !caps.rules.includes(t));
  if (rules.length) missing.push(`rules ${rules.join(', ')}`);
  const keys = policyKeysSet(scenario.policy).filter((k) => !caps.policyKeys.includes(k));
  if (keys.length) missing.push(`policy keys ${keys.join(', ')}`);
  if (!caps.reminders && usesReminders(scenario.policy)) missing.push('reminders');
  if (!caps.datedChanges && (scenario.policy.changes?.length ?? 0) > 0) missing.push('dated changes');
  if (!caps.memos && usesMemos(scenario)) missing.push('memos');
  if (!caps.search && scenario.steps.some((s) => s.check?.search !== undefined)) missing.push('search');
  return missing.length ? `the target lacks ${missing.join('; ')}` : null;
}

/** The policy keys whose value differs from the default policy's. */
export function policyKeysSet(policy: Policy): string[] {
  const def = DEFAULT_POLICY as unknown as Record<string, unknown>;
  return Object.entries(policy)
    .filter(([k, v]) => v !== undefined && JSON.stringify(v) !== JSON.stringify(def[k]))
    .map(([k]) => k);
}

export function usesReminders(policy: Policy): boolean {
  return policy.reminderDaysBeforeDeadline !== null || (policy.changes ?? []).some((c) => c.set['reminderDaysBeforeDeadline'] !== undefined && c.set['reminderDaysBeforeDeadline'] !== null);
}

function usesMemos(scenario: Scenario): boolean {
  const memoCheck = (e: StateExpectation): boolean =>
    Object.values(e.sellers ?? {}).some((s) => s.unansweredMemos !== undefined) || Object.values(e.buyers ?? {}).some((b) => b.unansweredMemos !== undefined);
  const inCheck = (c: Check): boolean => memoCheck(c) || (c.intervals ?? []).some((t) => memoCheck(t.expect));
  return scenario.steps.some((s) => s.action?.command.kind === 'SendMemo' || (s.check !== undefined && inCheck(s.check)));
}
