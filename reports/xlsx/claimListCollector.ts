import { type Claim, type ClaimListRow, DEFAULT_POLICY, type Engine, calendarFor, claimListRow } from '../../engine/index.js';
import type { FinishedClaim } from '../../generators/run/FinishedClaim.js';

/** How many claims the spreadsheet lists at most (a population can hold millions). */
export const CLAIM_LIST_CAP = 100_000;

export interface ClaimListCollector {
  readonly rows: ClaimListRow[];
  /** Claims seen, listed or not. */
  readonly claims: () => number;
  /** Keeps the engine claim's row while under the cap. */
  readonly onClaimFinished: (claim: Claim, engine: Engine) => void;
  /** Pass as a population run's `onClaimFinished`: keeps the row of the run's record while under the cap (its orders carry no dates or numbers). */
  readonly onFinishedClaim: (claim: FinishedClaim) => void;
}

/** Collects R19 claim-list rows as a population run finishes its claims, up to `cap`; dates in `timezone`. */
export function claimListCollector(cap: number = CLAIM_LIST_CAP, timezone = DEFAULT_POLICY.timezone): ClaimListCollector {
  const rows: ClaimListRow[] = [];
  const cal = calendarFor(timezone);
  const date = (t: number | null): string => (t === null ? '' : cal.formatDate(t));
  let claims = 0;
  return {
    rows,
    claims: () => claims,
    onClaimFinished(claim, engine) {
      claims++;
      if (rows.length < cap) rows.push(claimListRow(engine.view, claim, calendarFor(engine.policy.timezone)));
    },
    onFinishedClaim(claim) {
      claims++;
      if (rows.length >= cap) return;
      const none = '';
      rows.push({
        processingStatus: `${claim.type}:${claim.status}`,
        completedDate: date(claim.closedAt),
        claimReason: none,
        nonReceiptReason: none,
        claimDate: date(claim.receivedAt),
        returnCollectionMethod: none,
        orderDate: none,
        shipDate: none,
        orderNumber: none,
        cartNumber: none,
        itemCode: none,
        sellerItemCode: none,
        withdrawal: claim.withdrawal,
      });
    },
  };
}
