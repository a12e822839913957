import type { Command, Decision, Instant } from '../../engine/index.js';
import type { ClaimRecords } from '../records/ClaimRecords.js';
import type { CompiledPopulation } from '../population/CompiledPopulation.js';
import type { Moves } from './MoveQueue.js';
import type { ClaimDraws } from './ClaimDraws.js';

/** What a claim's agents decide with: the population, their draws, what they know of the claim, and how they act. */
export interface AgentContext {
  readonly pop: CompiledPopulation;
  readonly draw: ClaimDraws;
  readonly claims: ClaimRecords;
  readonly moves: Moves;
  /** Issues a command now and returns the engine's decision. */
  readonly act: (command: Command) => Decision;
  readonly now: () => Instant;
}

/** A message refused for personal data (R21, piiCheck: block) is sent again clean this much later. */
export const PII_RETRY_MS = 10 * 60_000;

/** `at` plus a drawn delay, rounded to the millisecond (a negative draw counts as none). */
export function after(at: Instant, delay: number): Instant {
  return at + Math.max(0, Math.round(delay));
}
