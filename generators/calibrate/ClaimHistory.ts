import type { Calendar, ClaimType, LifecycleStatus, Policy } from '../../engine/index.js';
import type { LogRecord } from '../../claimlog/LogRecord.js';

/** One record of a claim, with its instant read. */
export interface TimedRecord {
  readonly at: number;
  readonly record: LogRecord;
}

/** Everything a claim log says about one claim it shows opened, its records in log order (stable by instant). */
export interface ClaimHistory {
  readonly id: string;
  readonly seller: string;
  readonly buyer: string;
  readonly type: ClaimType;
  readonly openedAt: number;
  readonly status: LifecycleStatus;
  readonly records: readonly TimedRecord[];
}

/** A source file of the log: its name, its bytes' SHA-256, and how many records it holds. */
export interface SourceFile {
  readonly name: string;
  readonly sha256: string;
  readonly records: number;
}

/** A claim log read for calibration. */
export interface ClaimLog {
  readonly files: readonly SourceFile[];
  /** SHA-256 of all the files' bytes, in order. */
  readonly sha256: string;
  /** The first and last record's instants. */
  readonly firstAt: number;
  readonly lastAt: number;
  /** Where the log starts and ends covering (the header's from/until, else the first and last record). */
  readonly start: number;
  readonly end: number;
  readonly policy: Policy;
  /** `default`, `header` or the policy file's name. */
  readonly policySource: string;
  readonly calendar: Calendar;
  readonly claims: readonly ClaimHistory[];
  /** Distinct sellers and buyers named by claim_opened. */
  readonly sellers: number;
  readonly buyers: number;
  /** Claims whose records come without their claim_opened (opened before the log): not used. */
  readonly unopened: number;
  /** Lines that could not be read (skipped). */
  readonly skipped: number;
  /** How many records of each type the log has (whether it shows reminders, or the notice a seller reaction reacts to, for the card's assumptions). */
  readonly recordCounts: ReadonlyMap<string, number>;
}
