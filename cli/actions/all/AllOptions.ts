import type { FaultName } from '../../../engine/index.js';

/** The options of `claimsim all` (cli/commands/all.ts), read by its run (all.ts) and its reports (writeAllReports.ts). */
export interface AllOptions {
  scenarios?: string[];
  population?: string;
  /** `--set path=value` overrides of the population, in order. */
  set?: string[];
  replications: number;
  seed?: number;
  claims?: number;
  claimListCap: number;
  /** List only this replication's claims (1-based); default: every replication's. */
  replication?: number;
  workers: string;
  out: string;
  injectFault?: FaultName;
}
