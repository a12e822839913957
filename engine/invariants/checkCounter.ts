import type { ClaimEvent } from '../ClaimEvent.js';
import { type CheckerContext, when } from './CheckerContext.js';
import { type ClaimRecord, recentEvents } from './ClaimRecord.js';
import { invariant } from './Invariant.js';

/** I8 (R6), after folding an event: the buyer counter it carries equals the buyer's claims in `requested`. */
function checkCounter(ctx: CheckerContext<'I8'>, rec: ClaimRecord, e: ClaimEvent & { readonly pendingWithdrawals: number }): void {
  const own = ctx.requestedByBuyer.get(rec.buyer) ?? 0;
  if (e.pendingWithdrawals !== own) {
    ctx.log.report(
      'I8',
      rec.id,
      e.at,
      `buyer ${rec.buyer}: ${e.kind} on claim ${rec.id} at ${when(ctx, e.at)} carries pendingWithdrawals ${e.pendingWithdrawals}; the buyer has ${own} claim(s) requested`,
      recentEvents(rec),
    );
  }
}

/** I8 after each event that carries the buyer's counter. */
export const counterInvariant = invariant({
  ids: ['I8'],
  afterFold: (ctx, rec, e) => {
    if ('pendingWithdrawals' in e) checkCounter(ctx, rec, e);
  },
});
