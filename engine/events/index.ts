/** The event vocabulary: one entry per event kind, from which every reader derives (README.md). */
export type { AnyFieldCodec, EventCatalogueShape, EventFields, EventSpec, FieldCodec, LogFields } from './EventSpec.js';
export { EVENT_CATALOGUE, type EventCatalogue } from './eventCatalogue.js';
export {
  CATALOGUE_LOGGED,
  type CatalogueLogged,
  type CatalogueLoggedEvent,
  type CatalogueLoggedKind,
  type CatalogueRecordType,
  type CatalogueRecordTypes,
  type ClockEvent,
  type ClockKind,
  EVENT_KINDS,
  type NoticeEvent,
  type NoticeKind,
  catalogueLoggedByKind,
  catalogueLoggedByRecord,
  eventSpec,
  isNotice,
  passNotice,
} from './eventKinds.js';
