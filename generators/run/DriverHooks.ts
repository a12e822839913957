import type { ClaimEvent, Command, Decision, OrderDetails } from '../../engine/index.js';
import type { FinishedClaim } from '../records/FinishedClaim.js';

/**
 * Called when a population run lets a claim go (finished, or still held when the horizon
 * ended), with the run's record of it and how many claims the run holds at that moment, this
 * one included.
 */
export type OnClaimFinished = (claim: FinishedClaim, heldClaims: number) => void;

/** What a population run lets its caller watch or add (events, finished claims, commands, order details). */
export interface DriverHooks {
  /** Every accepted decision's events, before a finished claim is dropped. */
  readonly onEvents?: (events: readonly ClaimEvent[]) => void;
  readonly onClaimFinished?: OnClaimFinished;
  /** Every command an agent issues, with the engine's decision (regression recording). */
  readonly onCommand?: (command: Command, at: number, decision: Decision) => void;
  /** Every command an agent issues, before the engine decides it: the events seen until its `onCommand` are its decision's or its reactions' (a claim log's writer). */
  readonly beforeCommand?: (command: Command) => void;
  /** Order details (numbers, item) for claim i, when they are wanted (events file, scenarios). */
  readonly details?: (i: number) => OrderDetails;
}
