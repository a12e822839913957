import type { VerdictKind } from './AuditViolation.js';
import type { GatheredClaim } from './judgeClaim.js';

/** A claim the audit holds in memory: its records so far, its last instant, and when a record finished it. */
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
