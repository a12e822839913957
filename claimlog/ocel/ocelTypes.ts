import { CATALOGUE_LOGGED } from '../../engine/events/index.js';
import { CLAIM_RECORDS, RECORD_TYPES, type RecordType } from '../LogRecord.js';

/** An OCEL 2.0 attribute type, as the standard names them. */
export type OcelAttributeType = 'string' | 'time' | 'integer' | 'float' | 'boolean';

export interface OcelType {
  readonly name: string;
  readonly attributes: readonly { readonly name: string; readonly type: OcelAttributeType }[];
}

/** The object types of a claim log in OCEL 2.0: the claim, its order, the order's seller and buyer. */
export const OCEL_OBJECT_TYPES: readonly OcelType[] = [
  { name: 'claim', attributes: [{ name: 'claimType', type: 'string' }] },
  { name: 'order', attributes: [] },
  { name: 'seller', attributes: [] },
  { name: 'buyer', attributes: [] },
];

/** Record fields that are objects (relationships, qualified by the field's name), not attributes. */
export const OCEL_RELATION_FIELDS = ['claim', 'order', 'seller', 'buyer'] as const;
export type OcelRelationField = (typeof OCEL_RELATION_FIELDS)[number];

const NOT_ATTRIBUTES: ReadonlySet<string> = new Set(['type', 'at', ...OCEL_RELATION_FIELDS]);
const TIME_FIELDS: ReadonlySet<string> = new Set([
  'receivedAt',
  'cooldownUntil',
  'rejectionCooldownUntil',
  'cancellationCooldownUntil',
  'delayedFrom',
  'until',
  // The instants of the kinds the event catalogue logs from their fields (engine/events).
  ...CATALOGUE_LOGGED.flatMap(({ fields }) => Object.keys(fields).filter((k) => fields[k] === 'instant' || fields[k] === 'instantOrNull')),
]);
/** Counters (R6) and flags (R21): OCEL's integer and boolean, their values written as JSON numbers and booleans. */
const INTEGER_FIELDS: ReadonlySet<string> = new Set(['buyerPendingBefore', 'buyerPending']);
const BOOLEAN_FIELDS: ReadonlySet<string> = new Set(['piiWarning']);

/** The attributes of one record type's events: its fields but `type`, `at` and the objects; instants are `time`. */
export function ocelAttributes(type: RecordType): OcelType['attributes'] {
  return Object.keys(CLAIM_RECORDS[type].shape)
    .filter((f) => !NOT_ATTRIBUTES.has(f))
    .map((name) => ({ name, type: TIME_FIELDS.has(name) ? 'time' : INTEGER_FIELDS.has(name) ? 'integer' : BOOLEAN_FIELDS.has(name) ? 'boolean' : 'string' }));
}

/** One event type per claim-log record type (docs/claim-log.md), named as the record type. */
export const OCEL_EVENT_TYPES: readonly OcelType[] = RECORD_TYPES.map((name) => ({ name, attributes: ocelAttributes(name) }));
