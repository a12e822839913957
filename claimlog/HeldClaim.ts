import type { VerdictKind } from './AuditViolation.js';
import type { LogRecord } from './LogRecord.js';
import type { LoggedRecord } from './LoggedRecord.js';
import type { GatheredClaim } from './judgeClaim.js';

/**
 * A record of a claim held in memory while the claim is open, as compact as reading it allows:
 * the log's own line (a copy of the line alone, one string) when that is exactly the record's
 * JSON, else the record read (a record the schema rebuilt, a CSV or OCEL record). The line is
 * parsed again only when the claim is judged in memory; a spilled claim writes it as it is.
 */
export interface HeldRecord {
  readonly text: string | null;
  readonly record: LogRecord | null;
  readonly type: LogRecord['type'];
  readonly file: number;
  readonly line: number;
  readonly at: number;
  readonly eff: number;
  readonly rank: 0 | 1;
}

/** A record held, as a record: the line parsed again (the same record reading it gave), or the record kept. */
export function loggedRecord(h: HeldRecord): LoggedRecord {
  return { record: h.record ?? (JSON.parse(h.text!) as LogRecord), file: h.file, line: h.line, at: h.at, eff: h.eff, rank: h.rank };
}

/** The record's JSON as a spill entry takes it: the line itself when held so. */
export function heldJson(h: HeldRecord): string {
  return h.text ?? JSON.stringify(h.record);
}

/** A claim the audit holds in memory while reading: its records so far (held compactly), its last instant, and when a record finished it. */
export interface HeldOpenClaim {
  readonly id: string;
  readonly records: HeldRecord[];
  unknownReason: string | null;
  unreadable: { readonly file: number; readonly line: number } | null;
  lastAt: number;
  /** The judged instant of the record that finished it, or null while open. */
  closedAt: number | null;
}

/** The claim with its records read, to judge it. */
export function gathered(c: HeldOpenClaim): OpenClaim {
  return { id: c.id, records: c.records.map(loggedRecord), unknownReason: c.unknownReason, unreadable: c.unreadable, lastAt: c.lastAt, closedAt: c.closedAt };
}

/** A claim with its records read (to judge it, and as a spilled claim is read back): its records, its last instant, and when a record finished it. */
export interface OpenClaim extends GatheredClaim {
  lastAt: number;
  /** The judged instant of the record that finished it, or null while open. */
  closedAt: number | null;
}

/** A claim judged and remembered (for a record of it that comes later): its verdict, when it finished, its records' keys. */
export interface Finished {
  readonly id: string;
  verdict: VerdictKind;
  closedAt: number;
  /** Its records' keys, hashed: enough to tell a duplicate, at a few bytes a record. */
  keys: number[];
}

/**
 * A spilled claim's place in memory once a record finishes it: it waits in the closing heap and
 * then among the finished ones as a claim held would, and marks in its bucket when it would have
 * been judged and forgotten, so that reading the bucket back judges it as memory would have.
 */
export interface SpillStub {
  readonly spilled: true;
  readonly id: string;
  /** The record that finished it (its file and line): the marks name it. */
  readonly file: number;
  readonly line: number;
  readonly closedAt: number;
}
