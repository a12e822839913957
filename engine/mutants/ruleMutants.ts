import { REGISTRY } from '../features/registry.js';
import type { RuleMutant } from './RuleMutant.js';
import { actorMutants } from './actorMutants.js';
import { cooldownMutants } from './cooldownMutants.js';
import { messageMutants } from './messageMutants.js';
import { statusMutants } from './statusMutants.js';
import { timeMutants } from './timeMutants.js';

/**
 * The catalogue of rule mutants for `claimsim mutate`, in a fixed order: at least one per rule
 * R1-R21; then the mutants each feature registers (engine/features: the reminder's, the
 * cooldown-end notice's), in the features' order.
 */
export const RULE_MUTANTS: readonly RuleMutant[] = [...actorMutants, ...timeMutants, ...cooldownMutants, ...messageMutants, ...statusMutants, ...REGISTRY.mutants];

/** The mutant of that name, or undefined. */
export function ruleMutantNamed(name: string): RuleMutant | undefined {
  return RULE_MUTANTS.find((m) => m.name === name);
}
