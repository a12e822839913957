import type { Decide, Policy } from '../../engine/index.js';
import type { ClaimTimeline } from '../model/ClaimTimeline.js';
import { type TimedCommand, traceClaim } from './traceClaim.js';

/** A simulated claim re-run alone from its seed: the commands its agents issued, and where the run's horizon ended. */
export interface ClaimRerun {
  readonly claim: string;
  readonly commands: readonly TimedCommand[];
  readonly end: number;
}

/**
 * Re-runs claim `index` of a simulation alone under a policy (the command line passes
 * generators/regression's recordClaimCommands: every draw depends only on seed, claim and
 * purpose, so the claim does what it did in the full run).
 */
export type ReRunClaim = (policy: Policy, seed: number, claims: number, index: number) => ClaimRerun;

/** The timeline of a simulated claim re-run alone: its recorded commands decided again on a fresh engine. */
export function simulatedTimeline(rerun: ClaimRerun, policy: Policy, decide?: Decide): ClaimTimeline {
  const start = rerun.commands[0]?.at ?? rerun.end;
  return traceClaim({ policy, start, commands: rerun.commands, end: rerun.end, claim: rerun.claim, ...(decide ? { decide } : {}) });
}
