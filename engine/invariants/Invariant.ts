import type { Instant } from '../Calendar.js';
import type { StateView } from '../StateView.js';
import type { ClaimEvent, EventKind } from '../ClaimEvent.js';
import type { CheckerContext } from './CheckerContext.js';
import type { ClaimRecord } from './ClaimRecord.js';

type EventOf<K extends EventKind> = Extract<ClaimEvent, { kind: K }>;
/** The kinds checked on a claim the checker holds (an order's placing and a claim's opening are its own record keeping). */
export type CheckedKind = Exclude<EventKind, 'OrderPlaced' | 'ClaimOpened'>;

/**
 * One invariant check, in its own file, registered in index.ts (docs/adding-a-rule.md): the
 * invariants it reports, and the hooks through which the checker (createInvariantChecker.ts)
 * calls it. The checker never names a check: for each event it runs, in the registry's order,
 * every `onEveryEvent`; then, on the claim's record, every `onClaimEvent`, every `due` (but the
 * one whose `except` is the event's kind), and the checks `on` the event's kind; it folds the
 * event into the record and runs every `afterFold`. After a decision, `afterDecision` on each
 * claim it touched; at the end of a run, on each claim, every `due`, then every `atEnd`. When a
 * dated change re-times a claim's open request (the checker's own reading, applyChanges.ts),
 * every `onRetime`, before the record takes the new deadline. Each hook's context reports only
 * the record's `ids`.
 */
export interface Invariant<Id extends string = string> {
  /** The invariants it reports (`I3`), its own first. */
  readonly ids: readonly Id[];
  /** Every event, an order's included, before anything else. */
  readonly onEveryEvent?: (ctx: CheckerContext<Id>, e: ClaimEvent) => void;
  /** Every event of a claim held (a second opening on the old record), before the due checks. */
  readonly onClaimEvent?: (ctx: CheckerContext<Id>, rec: ClaimRecord, e: ClaimEvent) => void;
  /**
   * The late side of a timer: something due by `at` that has not happened, judged at every
   * event of the claim but those of kind `except` (the event that is the timer itself, judged
   * by `on`), and at the end of the run. `what` names the observation.
   */
  readonly due?: { readonly check: (ctx: CheckerContext<Id>, rec: ClaimRecord, at: Instant, what: string) => void; readonly except?: CheckedKind };
  /** The checks of each kind of event, judged before the event is folded into the claim's record. */
  readonly on?: { readonly [K in CheckedKind]?: (ctx: CheckerContext<Id>, rec: ClaimRecord, e: EventOf<K>) => void };
  /** After the event is folded into the claim's record. */
  readonly afterFold?: (ctx: CheckerContext<Id>, rec: ClaimRecord, e: ClaimEvent) => void;
  /** After a whole decision, once on each claim it touched (between decisions, `at` the last event's instant). */
  readonly afterDecision?: (ctx: CheckerContext<Id>, rec: ClaimRecord, at: Instant) => void;
  /**
   * A dated change re-times the claim's open request (R10a, `inFlightDeadlines: retime`): judged
   * at the change's instant `at`, on the record as it was before the change (its old deadline,
   * timeout and reminder instant). A timer's late side that a re-timing moves is judged here.
   */
  readonly onRetime?: (ctx: CheckerContext<Id>, rec: ClaimRecord, at: Instant) => void;
  /** At the end of the run, on each claim held, after the due checks. */
  readonly atEnd?: (ctx: CheckerContext<Id>, rec: ClaimRecord, now: Instant) => void;
  /** At a checkpoint, against the engine's views. */
  readonly views?: (ctx: CheckerContext<Id>, state: StateView, now: Instant) => void;
  /**
   * The events that are a claim's own timer firing (true for the event): at a dated change's
   * instant they come before the change takes effect; a claim's other events come after.
   */
  readonly timers?: { readonly [K in CheckedKind]?: (e: EventOf<K>) => boolean };
  /** A streaming run is done with the claim: drop what the check keeps of it. */
  readonly forget?: (ctx: CheckerContext<Id>, claimId: string) => void;
}

/** One check's record, its ids kept as literals (the registry derives InvariantId from them). */
export function invariant<const Id extends string>(spec: Invariant<Id>): Invariant<Id> {
  return Object.freeze(spec);
}
