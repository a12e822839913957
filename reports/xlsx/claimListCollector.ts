import { DEFAULT_POLICY, calendarFor } from '../../engine/index.js';
import type { ClaimDescriber } from '../../generators/names/ClaimDescriber.js';
import { finalOutcomeOf } from '../../engine/finalOutcomes.js';
import type { FinishedClaim } from '../../generators/records/FinishedClaim.js';
import { type ClaimParties, finishedClaimRow } from './finishedClaimRow.js';
import { type PackedRows, packLines, packRow } from './listedRows.js';

/** How many rows the spreadsheet holds at most, over all the replications listed (a population can hold millions of claims). */
export const CLAIM_LIST_CAP = 100_000;
/** The largest cap: an xlsx sheet holds 1,048,576 rows, the header among them. */
export const MAX_CLAIM_LIST_CAP = 1_048_575;

export interface ClaimListCollector {
  /** The rows kept, packed, in claim order (claim index: the order claims were received). */
  readonly packed: () => PackedRows;
  /** Claims seen, listed or not. */
  readonly claims: () => number;
  /** Pass as a population run's `onClaimFinished`: keeps the row of the first `cap` claims received. */
  readonly onFinishedClaim: (claim: FinishedClaim) => void;
}

/** What a population run's rows are made from: the describer of its seed (reasons, dates, numbers) and who each claim is between. */
export interface PopulationListing {
  readonly describer: ClaimDescriber;
  readonly parties: ClaimParties;
}

/**
 * Collects a population run's R19 claim-list rows as it finishes its claims, with each
 * claim's final outcome, up to `cap`; dates in `timezone`. Claims are kept by index (index <
 * cap: the first claims received, whatever order they finish in), described lazily, only those
 * kept, and held packed (a line of text each) rather than as objects.
 */
export function claimListCollector(listing: PopulationListing, cap: number = CLAIM_LIST_CAP, timezone = DEFAULT_POLICY.timezone): ClaimListCollector {
  const kept: string[] = [];
  const cal = calendarFor(timezone);
  let claims = 0;
  return {
    packed: () => {
      const lines = kept.filter((line) => line !== undefined);
      if (lines.length !== kept.length) throw new Error('claimListCollector: a claim under the cap never finished');
      return packLines(lines);
    },
    claims: () => claims,
    onFinishedClaim(claim) {
      claims++;
      if (claim.index >= cap) return;
      kept[claim.index] = packRow({ ...finishedClaimRow(claim, listing.parties, listing.describer, cal), finalOutcome: finalOutcomeOf(claim) });
    },
  };
}
