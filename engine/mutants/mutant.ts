import type { Decide } from '../decide.js';
import type { RuleId, RuleMutant } from './RuleMutant.js';

/** A catalogue entry whose bug the wrapper reproduces in full. */
export function mutant(name: string, rules: readonly RuleId[], description: string, suggestedScenario: string, mutate: (base: Decide) => Decide): RuleMutant {
  return { name, rules, description, suggestedScenario, mutate };
}
