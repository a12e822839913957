import type { AuditResult, ViolatingClaim } from '../AuditResult.js';

/** One accepted deviation of an --allow file (docs/claim-log.md, Accepted deviations). */
export interface AllowEntry {
  /** Its place in the file: the 1-based entry, and the line it starts on. */
  readonly entry: number;
  readonly line: number;
  /** The rule or invariant it accepts (R10, I3, transitions …). */
  readonly rule: string;
  /** The claims it covers: a glob over the claim id (claimPattern.ts). */
  readonly claims: string;
  readonly reason: string;
  /** The last day it is in force, YYYY-MM-DD. */
  readonly expires: string;
}

/** An --allow file, read and checked. */
export interface AllowList {
  readonly file: string;
  readonly entries: readonly AllowEntry[];
}

/** A violating claim every violation of which an entry in force accepts, and the entries that do. */
export interface AllowedClaim extends ViolatingClaim {
  readonly allowedBy: readonly { readonly entry: number; readonly rule: string; readonly reason: string; readonly expires: string }[];
}

/** What --allow did to an audit: the claims it accepted, its entries past their day, and those that matched nothing. */
export interface AllowReport {
  readonly file: string;
  /** The day the entries' expiry is judged on (--today, or the day the audit ran in the policy's zone). */
  readonly today: string;
  readonly claims: readonly AllowedClaim[];
  readonly expired: readonly AllowEntry[];
  readonly unused: readonly AllowEntry[];
}

/** An audit's result after --allow: the accepted claims moved out of the violating ones into `allowed`. */
export type AllowedAudit = AuditResult & { readonly allowed?: AllowReport };
