import type { LogRecord } from './LogRecord.js';

/** A record as the audit holds it: where it was read, its instant, and the instant it is judged at. */
export interface LoggedRecord {
  readonly record: LogRecord;
  /** Which log file (index into the audit's list) and which line of it (1-based). */
  readonly file: number;
  readonly line: number;
  /** The instant the record carries (epoch ms). */
  readonly at: number;
  /**
   * The instant it is judged at: `at`, or for a timer record within `--tolerance` after a timer
   * instant (00:00 of its date, or a dated change), that instant.
   */
  readonly eff: number;
  /** 0 for a timer record, 1 otherwise: at one instant timers fire before anything else (rules.md). */
  readonly rank: 0 | 1;
}

/** Orders a claim's records for judging: by judged instant, timers first, then as the log has them. */
export function byJudgedOrder(a: LoggedRecord, b: LoggedRecord): number {
  return a.eff - b.eff || a.rank - b.rank || a.file - b.file || a.line - b.line;
}
