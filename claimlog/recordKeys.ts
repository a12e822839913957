import { type HeldRecord, loggedRecord } from './HeldClaim.js';
import type { GatheredClaim } from './judgeClaim.js';
import { type LogRecord, CLAIM_RECORDS } from './LogRecord.js';

/** Each record type's known fields, in the format's order (read once, not per record). */
const KEYS = Object.fromEntries(Object.entries(CLAIM_RECORDS).map(([type, schema]) => [type, Object.keys(schema.shape)])) as Record<LogRecord['type'], string[]>;

/** Whether the claim already holds this record (its type and every known field the same): a duplicate. */
export function repeats(c: GatheredClaim, record: LogRecord): boolean {
  for (const held of c.records) {
    const r = held.record;
    if (r.type !== record.type || r.at !== record.at) continue;
    if (sameKey(r, record)) return true;
  }
  return false;
}

/**
 * `repeats` for a claim held in memory (its records held compactly): a held record of the same
 * type and instant (`at`, the record's instant read) is read again to compare (rare: two records
 * of one claim at the same millisecond).
 */
export function repeatsHeld(records: readonly HeldRecord[], record: LogRecord, at: number): boolean {
  for (const held of records) {
    if (held.type !== record.type || held.at !== at) continue;
    const r = held.record ?? loggedRecord(held).record;
    if (r.at !== record.at) continue;
    if (sameKey(r, record)) return true;
  }
  return false;
}

/** `repeats` for a record read back from the spill (its JSON not parsed yet) against a claim's records read back so far: parsed only to compare. */
export function heldRepeats(records: readonly HeldRecord[], h: HeldRecord): boolean {
  let record: LogRecord | null = null;
  for (const held of records) {
    if (held.type !== h.type || held.at !== h.at) continue;
    record ??= loggedRecord(h).record;
    const r = loggedRecord(held).record;
    if (r.at !== record.at) continue;
    if (sameKey(r, record)) return true;
  }
  return false;
}

/** The record's known fields, in the format's order: two records with the same key are one record read twice. */
export function keyOf(r: LogRecord): string {
  const fields = r as Record<string, unknown>;
  return JSON.stringify(KEYS[r.type].map((k) => fields[k] ?? null));
}

/**
 * Whether two records of one type have the same key (`keyOf`), field by field without building
 * it: the same value, or the same JSON (the key is the JSON of the fields' values, absent as null).
 */
export function sameKey(a: LogRecord, b: LogRecord): boolean {
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  for (const k of KEYS[a.type]) {
    const u = x[k] ?? null;
    const v = y[k] ?? null;
    if (u !== v && JSON.stringify(u) !== JSON.stringify(v)) return false;
  }
  return true;
}

/** FNV-1a, 32 bits, of text, from `h`. */
function fnv(h: number, text: string): number {
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h;
}

/**
 * A record's known fields hashed, FNV-1a 32 bits, field by field (no key string built): a
 * finished claim's records kept small (a false duplicate needs two of its few records to collide).
 */
export function hashOf(r: LogRecord): number {
  const fields = r as Record<string, unknown>;
  let h = 0x811c9dc5;
  for (const k of KEYS[r.type]) {
    const v = fields[k];
    // A separator of its own for each kind of value, so that "1" and 1, or null and absent, differ as in the key.
    if (typeof v === 'string') h = fnv(Math.imul(h ^ 1, 0x01000193), v);
    else if (v === undefined || v === null) h = Math.imul(h ^ 2, 0x01000193);
    else h = fnv(Math.imul(h ^ 3, 0x01000193), JSON.stringify(v));
  }
  return h >>> 0;
}
