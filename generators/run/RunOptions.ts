import type { ClaimEvent, Command, Decide, Decision, OrderDetails, Policy } from '../../engine/index.js';
import type { Summary } from '../Summary.js';
import type { Shard } from '../../input/Shard.js';
import type { OnClaimFinished } from './DriverHooks.js';
import type { AnyReaction } from '../reactions/Reaction.js';

export interface RunOptions {
  readonly policy: Policy;
  /** Default: the population's seed. */
  readonly seed?: number;
  /** Default: the population's number of claims. */
  readonly claims?: number;
  /** Run one slice only: the claims whose index i has i mod count = index − 1 (index is 1-based). */
  readonly shard?: Shard;
  /** The rules (default: the engine's); fault mutants come in here. */
  readonly decide?: Decide;
  readonly onProgress?: (done: number, total: number) => void;
  /** Asked every so often; true stops the run, and the summary is marked partial. */
  readonly shouldStop?: () => boolean;
  readonly onEvents?: (events: readonly ClaimEvent[]) => void;
  /** Called as the run lets each claim go: when it is finished, and at the horizon's end for the claims still held. */
  readonly onClaimFinished?: OnClaimFinished;
}

export interface RunResult {
  readonly summary: Summary;
  /** Per claim index, the index into FINAL_OUTCOMES (255 for a claim this run did not hold: another shard's). */
  readonly finalOutcomes: Uint8Array;
}

/** What the parallel runner, the regression recorder and the bench add to a run (runPopulation's third argument). */
export interface InternalRunOptions {
  /** Worker w of W runs every W-th claim of the shard, starting at its w-th (0-based). */
  readonly workerSlice?: { readonly index: number; readonly count: number };
  /** Run this one claim alone. */
  readonly only?: number;
  readonly onCommand?: (command: Command, at: number, decision: Decision) => void;
  /** Every agent command before it is decided (see DriverHooks). */
  readonly beforeCommand?: (command: Command) => void;
  /** Bench only: run without the invariant checker, to see what it costs. */
  readonly withoutChecker?: boolean;
  /** Order numbers and item for claim i (events file, regression scenarios). */
  readonly details?: (i: number) => OrderDetails;
  /** Tests only: the sellers' reactions in place of REACTIONS (none: every feature's event is ignored). */
  readonly reactions?: readonly AnyReaction[];
}
