/** A rule id and a rule mutant: one definition, beside the features that declare their own mutants. */
export type { RuleId, RuleMutant } from '../features/Feature.js';
