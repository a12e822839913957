import type { Instant } from '../Calendar.js';
import { type CheckerContext, when } from './CheckerContext.js';
import { type ClaimRecord, recentEvents } from './ClaimRecord.js';

/** I1 (R2, R16), after a decision: no withdrawal is open on a claim whose status is not eligible. */
export function checkEligibility(ctx: CheckerContext, rec: ClaimRecord, at: Instant): void {
  if (rec.withdrawal !== 'none' && !ctx.eligible.has(rec.status)) {
    ctx.log.report(
      'I1',
      rec.id,
      at,
      `claim ${rec.id}: a withdrawal is ${rec.withdrawal} at ${when(ctx, at)} while the claim is ${rec.status}, which is not eligible (R2, R16)`,
      recentEvents(rec),
    );
  }
}
