import type { ClaimEvent } from '../types.js';
import { type CheckerContext, when } from './CheckerContext.js';
import { type ClaimRecord, recentEvents } from './ClaimRecord.js';

/** I8 (R6), after folding an event: the buyer counter it carries equals the buyer's claims in `requested`. */
export function checkCounter(ctx: CheckerContext, rec: ClaimRecord, e: ClaimEvent & { readonly pendingWithdrawals: number }): void {
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
