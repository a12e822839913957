import type { AuditResult } from '../../../claimlog/AuditResult.js';
import type { AllowList } from '../../../claimlog/allow/AllowList.js';
import type { Shard } from '../../../input/Shard.js';

/** What a sharded audit's result depends on: every shard of one audit must have read the same. */
export interface AuditInputs {
  /** The logs as named on the command line, in order, with their sizes in bytes. */
  readonly logs: readonly { readonly file: string; readonly bytes: number }[];
  /** The policy of --policy (null: the log's header, else the default). */
  readonly policy: Record<string, unknown> | null;
  readonly toleranceMs: number;
  readonly strict: boolean;
  /** The --map of CSV exports, as read (null: none). */
  readonly map: Record<string, unknown> | null;
  /** The --allow file, as read (null: none), and --today (null: the day `claimsim report` runs, in the policy's zone). */
  readonly allow: AllowList | null;
  readonly today: string | null;
}

/**
 * What `claimsim audit LOG… --shard i/n --out DIR` writes (DIR/audit-part-i-of-n.json): the
 * result of its share of the claims (claimlog/shard/auditShare.ts), with the inputs it read and
 * their fingerprint (sha-256 of the inputs as stable JSON). `claimsim report` merges every shard
 * of one audit (claimlog/mergeAuditResults.ts) into the whole audit's reports; it reads a part
 * through the one reader and auditPartSchema.ts.
 */
export interface AuditPart {
  readonly kind: 'audit-part';
  readonly version: 1;
  readonly shard: Shard;
  readonly fingerprint: string;
  readonly inputs: AuditInputs;
  /** Records whose line above differs in the shard where it could name a clock regression (auditShare). */
  readonly clockMismatches: number;
  readonly result: AuditResult;
}
