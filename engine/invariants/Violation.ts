import type { Instant } from '../Calendar.js';
import type { ClaimEvent } from '../ClaimEvent.js';

/** One invariant violation: which invariant, on which claim, when, and the events involved (types.ts: `Violation`, of a registered id). */
export interface Violation<Id extends string = string> {
  readonly invariant: Id;
  /** null for a violation that is not about one claim (e.g. I9 across claims, I8 board rows). */
  readonly claim: string | null;
  readonly at: Instant;
  readonly message: string;
  readonly events: readonly ClaimEvent[];
}
