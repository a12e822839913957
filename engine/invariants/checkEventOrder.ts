import type { ClaimEvent } from '../ClaimEvent.js';
import { type CheckerContext, when } from './CheckerContext.js';
import { invariant } from './Invariant.js';

/** I9: event timestamps never go backwards, across the whole log. */
function checkEventOrder(ctx: CheckerContext<'I9'>, e: ClaimEvent): void {
  const last = ctx.lastEvent;
  if (last !== null && e.at < last.at) {
    const claim = e.kind === 'OrderPlaced' ? null : e.claim;
    ctx.log.report(
      'I9',
      claim,
      e.at,
      `${e.kind}${claim === null ? '' : ` on claim ${claim}`} is dated ${when(ctx, e.at)}, earlier than the ${last.kind} before it at ${when(ctx, last.at)}`,
      [last, e],
    );
  }
  ctx.lastEvent = e;
}

/** I9, on every event (an order's included). */
export const eventOrderInvariant = invariant({ ids: ['I9'], onEveryEvent: checkEventOrder });
