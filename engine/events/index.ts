/** The event vocabulary: one entry per event kind, from which every reader derives (README.md). */
export type { AnyFieldCodec, EventFields, EventRuleId, EventSpec, FieldCodec, LogFields } from './EventSpec.js';
export {
  CATALOGUE_LOGGED,
  type CatalogueLoggedEvent,
  type CatalogueLoggedKind,
  type CatalogueRecordType,
  EVENT_CATALOGUE,
  EVENT_KINDS,
  type EventCatalogue,
  type NoticeEvent,
  type NoticeKind,
  catalogueLogFields,
  eventSpec,
  isNotice,
} from './eventCatalogue.js';
