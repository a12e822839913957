import { type Claim, type ClaimListRow, DEFAULT_POLICY, type Engine, calendarFor, claimListRow } from '../../engine/index.js';
import type { ClaimDescriber } from '../../generators/names/ClaimDescriber.js';
import type { FinishedClaim } from '../../generators/records/FinishedClaim.js';
import { type ClaimParties, finishedClaimRow } from './finishedClaimRow.js';

/** How many rows the spreadsheet holds at most, over all the replications listed (a population can hold millions of claims). */
export const CLAIM_LIST_CAP = 100_000;
/** The largest cap: an xlsx sheet holds 1,048,576 rows, the header among them. */
export const MAX_CLAIM_LIST_CAP = 1_048_575;

export interface ClaimListCollector {
  /** The rows kept, in claim order (claim index: the order claims were received). */
  readonly rows: () => ClaimListRow[];
  /** Claims seen, listed or not. */
  readonly claims: () => number;
  /** Keeps the engine claim's row while under the cap. */
  readonly onClaimFinished: (claim: Claim, engine: Engine) => void;
  /** Pass as a population run's `onClaimFinished`: keeps the row of the first `cap` claims received. */
  readonly onFinishedClaim: (claim: FinishedClaim) => void;
}

/** What a population run's rows are made from: the describer of its seed (reasons, dates, numbers) and who each claim is between. */
export interface PopulationListing {
  readonly describer: ClaimDescriber;
  readonly parties: ClaimParties;
}

/**
 * Collects R19 claim-list rows as a run finishes its claims, up to `cap`; dates in `timezone`.
 * A population run's claims are kept by index (index < cap: the first claims received,
 * whatever order they finish in) and described lazily, only those kept.
 */
export function claimListCollector(cap: number = CLAIM_LIST_CAP, timezone = DEFAULT_POLICY.timezone, listing?: PopulationListing): ClaimListCollector {
  const kept: { index: number; row: ClaimListRow }[] = [];
  const cal = calendarFor(timezone);
  let claims = 0;
  return {
    rows: () => kept.sort((a, b) => a.index - b.index).map((k) => k.row),
    claims: () => claims,
    onClaimFinished(claim, engine) {
      claims++;
      if (kept.length < cap) kept.push({ index: kept.length, row: claimListRow(engine.view, claim, calendarFor(engine.policy.timezone)) });
    },
    onFinishedClaim(claim) {
      claims++;
      if (claim.index >= cap) return;
      if (!listing) throw new Error('claimListCollector: a population run’s claims need the run’s describer and parties');
      kept.push({ index: claim.index, row: finishedClaimRow(claim, listing.parties, listing.describer, cal) });
    },
  };
}
