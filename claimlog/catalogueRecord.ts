import { type Calendar, type ClaimEvent, formatDay } from '../engine/index.js';
import { type AnyFieldCodec, type CatalogueLoggedEvent, type CatalogueRecordType, catalogueLoggedByKind, catalogueLoggedByRecord } from '../engine/events/index.js';
import { formatInstant } from './formatInstant.js';
import type { LogRecord } from './LogRecord.js';
import { parseIsoDate, parseIsoInstant } from './parseIsoInstant.js';

/**
 * A record of a kind the event catalogue logs from its fields (engine/events): a notice of the
 * clock's about a claim, `{"type", "claim", "at", …its fields}`. No reader of a log replays or
 * folds it; the audit compares it with the rules' own event, as any record the clock writes.
 */
export type CatalogueRecord = Extract<LogRecord, { type: CatalogueRecordType }>;

/** The record of an event the catalogue logs from its fields, instants in the calendar's zone with their offset. */
export function toCatalogueRecord(logged: CatalogueLoggedEvent, calendar: Calendar): LogRecord {
  const e = logged as ClaimEvent & Record<string, unknown>;
  const spec = catalogueLoggedByKind(e.kind);
  if (spec === undefined || !('claim' in e)) throw new Error(`${e.kind} has no catalogue record (it needs a case of its own)`);
  const record: Record<string, unknown> = { type: spec.record, claim: e.claim, at: formatInstant(e.at, calendar, true) };
  for (const [k, codec] of Object.entries(spec.fields)) record[k] = encode(codec, e[k], calendar);
  return record as LogRecord;
}

/** The event a catalogue record stands for, at its judged instant `at`. */
export function fromCatalogueRecord(r: CatalogueRecord, at: number): ClaimEvent {
  const record = r as LogRecord & Record<string, unknown>;
  const spec = catalogueLoggedByRecord(record.type);
  if (spec === undefined) throw new Error(`${record.type} is no catalogue record`);
  const event: Record<string, unknown> = { kind: spec.kind, at, claim: record.claim };
  for (const [k, codec] of Object.entries(spec.fields)) event[k] = decode(codec, record[k]);
  return event as unknown as ClaimEvent;
}

/** A catalogue record reaches a reader that neither replays nor folds it (a compile error for any other record). */
export function passCatalogueRecord(r: CatalogueRecord): void {
  if (catalogueLoggedByRecord((r as LogRecord).type) === undefined) throw new Error(`unhandled record ${JSON.stringify(r)}`);
}

function encode(codec: AnyFieldCodec, v: unknown, calendar: Calendar): unknown {
  if (typeof v !== 'number') return v;
  if (codec === 'instant' || codec === 'instantOrNull') return formatInstant(v, calendar, true);
  if (codec === 'day') return formatDay(v);
  return v;
}

function decode(codec: AnyFieldCodec, v: unknown): unknown {
  if (typeof v !== 'string') return v;
  if (codec === 'instant' || codec === 'instantOrNull') return parseIsoInstant(v);
  if (codec === 'day') return parseIsoDate(v);
  return v;
}
