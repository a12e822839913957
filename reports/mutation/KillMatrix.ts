import type { RuleId } from '../../engine/mutants/index.js';

/** One mutant's line of the kill matrix: what it breaks and the scenarios that catch it. */
export interface MutantRow {
  readonly name: string;
  readonly rules: readonly RuleId[];
  readonly description: string;
  readonly suggestedScenario: string;
  readonly approximation?: string;
  /** The suite's scenario files that fail (or error) on this mutant, in suite order. */
  readonly killedBy: readonly string[];
}

/** A scenario left out of the matrix: it fails on the real rules already. */
export interface ExcludedScenario {
  readonly file: string;
  readonly name: string;
  readonly failure: string;
}

/** `claimsim mutate`'s result: the suite, every mutant's row, and the score. */
export interface KillMatrix {
  /** The scenario files that pass on the real rules, in the order given. */
  readonly scenarios: readonly string[];
  readonly excluded: readonly ExcludedScenario[];
  readonly mutants: readonly MutantRow[];
  readonly killed: number;
  readonly total: number;
  /** killed / total in percent, rounded down to one decimal (100 only when all are killed). */
  readonly score: number;
  /** True when the run was interrupted: the mutants not reached are missing. */
  readonly partial: boolean;
}

/** The matrix from its rows: counts and score. */
export function killMatrix(scenarios: readonly string[], excluded: readonly ExcludedScenario[], mutants: readonly MutantRow[], partial = false): KillMatrix {
  const killed = mutants.filter((m) => m.killedBy.length > 0).length;
  const total = mutants.length;
  const score = total === 0 ? 100 : Math.floor((killed * 1000) / total) / 10;
  return { scenarios, excluded, mutants, killed, total, score, partial };
}
