import { ALL_POLICY_KEYS, DEFAULT_POLICY, type Policy } from '../../engine/index.js';
import { datedChangesText, parameterLabel, parameterValue } from '../model/parameterText.js';

export { valueText } from '../model/parameterText.js';

/**
 * The parameters of a policy that differ from the default, labelled ("answer window: 10 days"),
 * its dated changes split at their instant ("from 2024-04-15: answer window 7 → 10 days");
 * "default policy" when none differ.
 */
export function policyText(policy: Policy): string {
  const changed = ALL_POLICY_KEYS.filter((k) => JSON.stringify(policy[k]) !== JSON.stringify(DEFAULT_POLICY[k]));
  if (changed.length === 0) return 'default policy';
  return changed.map((k) => (k === 'changes' ? datedChangesText(policy).join('; ') : `${parameterLabel(k)}: ${parameterValue(k, policy[k])}`)).join('; ');
}
