import type { ClaimEvent } from '../ClaimEvent.js';
import { type CheckerContext, when } from './CheckerContext.js';
import { type ClaimRecord, recentEvents } from './ClaimRecord.js';
import { invariant } from './Invariant.js';

/** I7 (R3): a claim closed by an earlier decision never changes again; only support may be contacted. */
function checkClosed(ctx: CheckerContext<'I7'>, rec: ClaimRecord, e: ClaimEvent): void {
  if (e.kind === 'SupportContacted') return;
  if (rec.closedInDecision !== -1 && rec.closedInDecision < ctx.decision) {
    ctx.log.report('I7', rec.id, e.at, `claim ${rec.id}: ${e.kind} at ${when(ctx, e.at)} after the claim closed (${rec.status})`, recentEvents(rec));
  }
}

/** I7: judged on every event of a claim, before anything else about it. */
export const closedInvariant = invariant({ ids: ['I7'], onClaimEvent: checkClosed });
