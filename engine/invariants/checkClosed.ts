import type { ClaimEvent } from '../types.js';
import { type CheckerContext, when } from './CheckerContext.js';
import { type ClaimRecord, recentEvents } from './ClaimRecord.js';

/** I7 (R3): a claim closed by an earlier decision never changes again; only support may be contacted. */
export function checkClosed(ctx: CheckerContext, rec: ClaimRecord, e: ClaimEvent): void {
  if (e.kind === 'SupportContacted') return;
  if (rec.closedInDecision !== -1 && rec.closedInDecision < ctx.decision) {
    ctx.log.report('I7', rec.id, e.at, `claim ${rec.id}: ${e.kind} at ${when(ctx, e.at)} after the claim closed (${rec.status})`, recentEvents(rec));
  }
}
