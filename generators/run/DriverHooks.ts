import type { Claim, ClaimEvent, Command, Decision, Engine, OrderDetails } from '../../engine/index.js';

/** What a population run lets its caller watch or add (events, finished claims, commands, order details). */
export interface DriverHooks {
  /** Every accepted decision's events, before a finished claim is dropped. */
  readonly onEvents?: (events: readonly ClaimEvent[]) => void;
  /** Just before a claim is dropped, and at the horizon's end for the claims still held. */
  readonly onClaimFinished?: (claim: Claim, engine: Engine) => void;
  /** Every command an agent issues, with the engine's decision (regression recording). */
  readonly onCommand?: (command: Command, at: number, decision: Decision) => void;
  /** Order details (numbers, item) for claim i, when they are wanted (events file, scenarios). */
  readonly details?: (i: number) => OrderDetails;
}
