import { FINAL_OUTCOMES, type FinalOutcome } from '../../engine/finalOutcomes.js';
import type { TransitionExample } from './TransitionExample.js';

/**
 * The per-claim transition table: `counts[b][v]` claims ended with outcome FINAL_OUTCOMES[b]
 * under the baseline and FINAL_OUTCOMES[v] under the variant (summed over replications).
 */
export interface TransitionTable {
  readonly outcomes: readonly FinalOutcome[];
  readonly counts: readonly (readonly number[])[];
  readonly claims: number;
  /** Claims whose outcome differs between the two policies. */
  readonly changed: number;
  /** The off-diagonal cells, largest first (ties in table order). */
  readonly moves: readonly { readonly from: FinalOutcome; readonly to: FinalOutcome; readonly claims: number }[];
  /** Example claims of the cells with both timelines (the HTML page only: compare.json leaves them out). */
  readonly examples?: readonly TransitionExample[];
}

/**
 * Counts how each claim's final outcome moved from baseline to variant. The arrays hold one
 * index into FINAL_OUTCOMES per claim; the same index is the same claim under both policies
 * (common random numbers). Several pairs (replications) add up.
 */
export function transitionTable(pairs: readonly { readonly baseline: Uint8Array; readonly variant: Uint8Array }[]): TransitionTable {
  const n = FINAL_OUTCOMES.length;
  const counts = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  let claims = 0;
  for (const { baseline, variant } of pairs) {
    if (baseline.length !== variant.length) {
      throw new RangeError(`the two runs have ${baseline.length} and ${variant.length} claims; a transition table needs the same claims`);
    }
    for (let i = 0; i < baseline.length; i++) {
      const b = baseline[i]!, v = variant[i]!;
      if (b >= n || v >= n) throw new RangeError(`claim ${i} has an unknown outcome index ${Math.max(b, v)}`);
      counts[b]![v]!++;
    }
    claims += baseline.length;
  }
  const moves: { from: FinalOutcome; to: FinalOutcome; claims: number }[] = [];
  for (let b = 0; b < n; b++) {
    for (let v = 0; v < n; v++) {
      if (b !== v && counts[b]![v]! > 0) moves.push({ from: FINAL_OUTCOMES[b]!, to: FINAL_OUTCOMES[v]!, claims: counts[b]![v]! });
    }
  }
  moves.sort((x, y) => y.claims - x.claims);
  return { outcomes: FINAL_OUTCOMES, counts, claims, changed: moves.reduce((s, m) => s + m.claims, 0), moves };
}
