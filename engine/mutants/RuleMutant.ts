import type { Decide } from '../decide.js';

/** A rule of rules.md, R1 to R21. */
export type RuleId = `R${number}`;

/**
 * One deliberate bug in the rules, for `claimsim mutate`: a wrapper of a `Decide` that sees
 * only the command, the instant, the policy and the decision the rules return (never the
 * engine's state). `mutate` returns a fresh wrapper for each run: a wrapper may remember the
 * decisions it returned in that run, and nothing else.
 */
export interface RuleMutant {
  /** Kebab-case, unique in the catalogue. */
  readonly name: string;
  /** The rules it breaks, the first one being the rule it is about. */
  readonly rules: readonly RuleId[];
  /** The bug in one line. */
  readonly description: string;
  /** The scenario that catches it, in the spec's words. */
  readonly suggestedScenario: string;
  /** Set when the wrapper reproduces the bug only in part: what differs from the real bug. */
  readonly approximation?: string;
  readonly mutate: (base: Decide) => Decide;
}
