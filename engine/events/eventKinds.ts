import type { ClaimEvent, EventKind } from '../ClaimEvent.js';
import { EVENT_CATALOGUE, type EventCatalogue } from './eventCatalogue.js';
import type { AnyFieldCodec, EventSpec } from './EventSpec.js';

/** Every event kind, in the catalogue's (and the summaries') order. */
export const EVENT_KINDS = Object.keys(EVENT_CATALOGUE) as readonly EventKind[];

/** The kinds whose entry says they change no state: a folding reader passes them by. */
export type NoticeKind = { [K in EventKind]: EventCatalogue[K]['effect'] extends 'notice' ? K : never }[EventKind];
export type NoticeEvent = Extract<ClaimEvent, { kind: NoticeKind }>;

/** The kinds the clock (or the rules on their own) make happen, with no party's command. */
export type ClockKind = { [K in EventKind]: EventCatalogue[K]['source'] extends 'clock' ? K : never }[EventKind];
export type ClockEvent = Extract<ClaimEvent, { kind: ClockKind }>;

/** The kinds the claim log writes from their catalogue fields (no record of their own): notices of the clock's. */
export type CatalogueLoggedKind = { [K in EventKind]: EventCatalogue[K]['log'] extends 'own' ? never : K }[EventKind];
export type CatalogueLoggedEvent = Extract<ClaimEvent, { kind: CatalogueLoggedKind }>;
/** Their record types. */
export type CatalogueRecordType = EventCatalogue[CatalogueLoggedKind]['record'] & string;
/** Every record type the catalogue names. */
export type CatalogueRecordTypes = EventCatalogue[EventKind]['record'] & string;

/** One kind's entry. */
export function eventSpec(kind: EventKind): EventSpec {
  return EVENT_CATALOGUE[kind] as EventSpec;
}

/** Whether an event changes no state (its catalogue entry says `notice`). */
export function isNotice(e: ClaimEvent): e is NoticeEvent {
  return EVENT_CATALOGUE[e.kind].effect === 'notice';
}

/**
 * The default of a reader's switch over events it folds: only a notice may reach it (anything
 * else is a compile error, so a new state-changing kind cannot be passed by silently), and a
 * notice changes nothing.
 */
export function passNotice(e: NoticeEvent): void {
  if (!isNotice(e)) throw new Error(`unhandled event ${JSON.stringify(e)}`);
}

/** A kind the claim log writes from its catalogue fields: its record type and the fields' codecs. */
export interface CatalogueLogged {
  readonly kind: EventKind;
  readonly record: string;
  readonly fields: Readonly<Record<string, AnyFieldCodec>>;
}

/** The kinds the claim log writes from their catalogue fields, in the catalogue's order. */
export const CATALOGUE_LOGGED: readonly CatalogueLogged[] = EVENT_KINDS.flatMap((kind) => {
  const { log, record } = eventSpec(kind);
  return log === 'own' || record === null ? [] : [{ kind, record, fields: log as Readonly<Record<string, AnyFieldCodec>> }];
});

/** A catalogue-logged kind by its record type (undefined for a record of its own). */
export function catalogueLoggedByRecord(type: string): CatalogueLogged | undefined {
  return CATALOGUE_LOGGED.find((c) => c.record === type);
}

/** A catalogue-logged kind by its event kind (undefined for a kind with a record of its own). */
export function catalogueLoggedByKind(kind: string): CatalogueLogged | undefined {
  return CATALOGUE_LOGGED.find((c) => c.kind === kind);
}
