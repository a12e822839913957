import type { Instant } from '../Calendar.js';
import { type CheckerContext, when } from './CheckerContext.js';
import { type ClaimRecord, recentEvents } from './ClaimRecord.js';
import { invariant } from './Invariant.js';

/** I1 (R2, R16), after a decision: no withdrawal is open on a claim whose status is not eligible. */
function checkEligibility(ctx: CheckerContext<'I1'>, rec: ClaimRecord, at: Instant): void {
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

/** I1, once per claim a decision touched. */
export const eligibilityInvariant = invariant({ ids: ['I1'], afterDecision: checkEligibility });
