/** The catalogue of rule mutants (`claimsim mutate`): each one deliberate bug, as a wrapper of the rules. */
export type { RuleMutant, RuleId } from './RuleMutant.js';
export { RULE_MUTANTS, ruleMutantNamed } from './ruleMutants.js';
