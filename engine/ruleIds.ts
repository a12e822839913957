/** The rule ids of rules.md, R1 to R21 (an extension names the rule it extends). */
export const RULE_IDS = [
  'R1', 'R2', 'R3', 'R4', 'R5', 'R6', 'R7', 'R8', 'R9', 'R10', 'R11',
  'R12', 'R13', 'R14', 'R15', 'R16', 'R17', 'R18', 'R19', 'R20', 'R21',
] as const;

/** A rule of rules.md: the one rule id type of the engine, its features, events and reports. */
export type RuleId = (typeof RULE_IDS)[number];
