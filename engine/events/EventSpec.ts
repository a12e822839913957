import type { RuleId } from '../ruleIds.js';
import type { ClaimEvent, EventKind } from '../ClaimEvent.js';


/** The fields of one event kind beyond `kind`, `at` and `claim`. */
export type EventFields<K extends EventKind> = Omit<Extract<ClaimEvent, { kind: K }>, 'kind' | 'at' | 'claim'>;

/**
 * How one event field is written in a claim-log record and read back (claimlog/eventRecord.ts):
 * `id` a non-empty string, `text` any string, `instant` an ISO 8601 instant with its offset,
 * `instantOrNull` the same or null, `day` a date `YYYY-MM-DD`, `count` a whole number ≥ 0,
 * `flag` a boolean, and a list of strings: one of them.
 */
export type FieldCodec<T> = [T] extends [boolean]
  ? 'flag'
  : [T] extends [string]
    ? 'id' | 'text' | readonly T[]
    : [T] extends [number]
      ? 'instant' | 'day' | 'count'
      : [T] extends [number | null]
        ? 'instantOrNull'
        : never;
export type AnyFieldCodec = 'id' | 'text' | 'instant' | 'instantOrNull' | 'day' | 'count' | 'flag' | readonly string[];

/**
 * A catalogue kind's claim-log fields: every field of the event, each with its codec. An
 * optional field has none (its kind needs a record of its own).
 */
export type LogFields<K extends EventKind> = { readonly [F in keyof EventFields<K>]-?: undefined extends EventFields<K>[F] ? never : FieldCodec<EventFields<K>[F]> };

interface EventSpecBase {
  /** Its claim-log record type (snake_case, docs/claim-log.md); null: no record of its own. */
  readonly record: string | null;
  /** Whether it is about a claim (carries `claim`) or about an order. */
  readonly about: 'claim' | 'order';
  /** The rules it exercises (rule coverage, explain). */
  readonly rules: readonly RuleId[];
  /** One line: what happened (explain, the audit's messages). */
  readonly description: string;
}

/**
 * One event kind as every reader needs it (README.md in this folder).
 *
 * `source`: who makes it happen, a party's action (a command) or the clock (a timer, or the
 * rules on their own). `effect`: `notice` tells a party something and changes no claim or order
 * state, so a reader that folds state passes it by; `state`: every folding reader handles it by
 * name. `log`: `own` when the claim log writes and reads it with a record of its own
 * (claimlog/LogRecord.ts); otherwise its fields and their codecs, from which the record is
 * written, read and checked: only for a notice of the clock's about a claim, which no reader of a
 * log replays or folds.
 */
export type EventSpec<K extends EventKind = EventKind> = EventSpecBase &
  (
    | { readonly source: 'action' | 'clock'; readonly effect: 'notice' | 'state'; readonly log: 'own' }
    | { readonly source: 'clock'; readonly effect: 'notice'; readonly about: 'claim'; readonly record: string; readonly log: LogFields<K> }
  );

/** The catalogue's shape: one entry per event kind of the `ClaimEvent` union, no more, no fewer. */
export type EventCatalogueShape = { readonly [K in EventKind]: EventSpec<K> };
