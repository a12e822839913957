import type { LogRecord } from '../LogRecord.js';
import { OCEL_RELATION_FIELDS } from './ocelTypes.js';

export interface OcelEvent {
  readonly id: string;
  readonly type: string;
  readonly time: string;
  readonly attributes: readonly { readonly name: string; readonly value: string | number | boolean }[];
  readonly relationships: readonly { readonly objectId: string; readonly qualifier: string }[];
}

export interface OcelObject {
  readonly id: string;
  readonly type: string;
  readonly attributes: readonly { readonly name: string; readonly time: string; readonly value: string }[];
  readonly relationships: readonly { readonly objectId: string; readonly qualifier: string }[];
}

/**
 * One claim-log record as an OCEL 2.0 event (docs/claim-log.md, OCEL 2.0): its type is the
 * record type, its time the record's `at`; the claim (and, when it opens, its order, seller and
 * buyer) are related objects qualified by the field's name; the other fields are attributes. A
 * null cooldown end (none set) is left out: OCEL attributes have no null.
 */
export function toOcelEvent(record: LogRecord, id: string): OcelEvent {
  const fields = record as unknown as Record<string, unknown>;
  const relationships = OCEL_RELATION_FIELDS.filter((f) => typeof fields[f] === 'string').map((f) => ({ objectId: fields[f] as string, qualifier: f }));
  const attributes = Object.entries(fields)
    .filter(([name, value]) => name !== 'type' && name !== 'at' && !(OCEL_RELATION_FIELDS as readonly string[]).includes(name) && value !== null && value !== undefined)
    // A counter or a flag keeps its JSON type (OCEL integer, boolean), so that it reads back as the record had it.
    .map(([name, value]) => ({ name, value: typeof value === 'number' || typeof value === 'boolean' ? value : String(value) }));
  return { id, type: record.type, time: record.at, attributes, relationships };
}

/** The objects a claim's opening names: the claim (its type, at its opening) related to its order, and the order to its seller and buyer. */
export function ocelObjectsOf(record: LogRecord): OcelObject[] {
  if (record.type !== 'claim_opened') return [];
  return [
    { id: record.claim, type: 'claim', attributes: [{ name: 'claimType', time: record.at, value: record.claimType }], relationships: [{ objectId: record.order, qualifier: 'order' }] },
    { id: record.order, type: 'order', attributes: [], relationships: [{ objectId: record.seller, qualifier: 'seller' }, { objectId: record.buyer, qualifier: 'buyer' }] },
    { id: record.seller, type: 'seller', attributes: [], relationships: [] },
    { id: record.buyer, type: 'buyer', attributes: [], relationships: [] },
  ];
}
