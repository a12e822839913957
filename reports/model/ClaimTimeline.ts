import type { ClaimEvent, ClaimStatus, Command, Instant, Outcome, Refusal, WithdrawalState } from '../../engine/index.js';
import type { RuleId } from './ruleCoverage.js';

/** One line of a claim's timeline: a command and what the rules decided, or the clock's own move (a deadline passing). */
export interface TimelineEntry {
  readonly at: Instant;
  /** The command decided; null when the clock fired (R10: a response deadline passed). */
  readonly command: Command | null;
  /** The events it produced about the claim (none when refused). */
  readonly events: readonly ClaimEvent[];
  readonly refusal: Refusal | null;
  /** The rules that produced the events or refused (reports/model/ruleCoverage.ts). */
  readonly rules: readonly RuleId[];
}

/** Why a claim ended this way: every command and event about it, in the order decided. */
export interface ClaimTimeline {
  readonly claim: string;
  /** The policy's zone: every instant is shown as wall time there, with its offset. */
  readonly zone: string;
  readonly entries: readonly TimelineEntry[];
  /** Where the claim stood at the end of the run (null: never opened). */
  readonly end: { readonly at: Instant; readonly status: ClaimStatus; readonly withdrawal: WithdrawalState; readonly outcome: Outcome | null } | null;
}
