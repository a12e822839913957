import { type Claim, type ClaimListRow, type Engine, calendarFor, claimListRow } from '../../engine/index.js';

/** How many claims the spreadsheet lists at most (a population can hold millions). */
export const CLAIM_LIST_CAP = 100_000;

export interface ClaimListCollector {
  readonly rows: ClaimListRow[];
  /** Claims seen, listed or not. */
  readonly claims: () => number;
  /** Pass as a population run's `onClaimFinished`: keeps the claim's row while under the cap. */
  readonly onClaimFinished: (claim: Claim, engine: Engine) => void;
}

/** Collects R19 claim-list rows as a population run finishes its claims, up to `cap`. */
export function claimListCollector(cap: number = CLAIM_LIST_CAP): ClaimListCollector {
  const rows: ClaimListRow[] = [];
  let claims = 0;
  return {
    rows,
    claims: () => claims,
    onClaimFinished(claim, engine) {
      claims++;
      if (rows.length < cap) rows.push(claimListRow(engine.view, claim, calendarFor(engine.policy.timezone)));
    },
  };
}
