import type { WithdrawalCancelled, WithdrawalRejected } from '../ClaimEvent.js';
import { type CheckerContext, when } from './CheckerContext.js';
import { type ClaimRecord, recentEvents } from './ClaimRecord.js';
import { invariant } from './Invariant.js';

/** I5 (R12, R15): the cooldown end a rejection or cancellation announces is the one the rules give. */
function checkCooldownEnd(ctx: CheckerContext<'I5'>, rec: ClaimRecord, e: WithdrawalRejected | WithdrawalCancelled): void {
  const rejected = e.kind === 'WithdrawalRejected';
  const days = ctx.datedChanges.daysAt(e.at);
  const expected = rejected ? days.rejectionCooldownEnd(e.at) : days.cancellationCooldownEnd(e.at);
  if (e.cooldownUntil === expected) return;
  const show = (t: number | null): string => (t === null ? 'no cooldown' : when(ctx, t));
  ctx.log.report(
    'I5',
    rec.id,
    e.at,
    `claim ${rec.id}: the ${rejected ? 'rejection' : 'cancellation'} at ${when(ctx, e.at)} set ${show(e.cooldownUntil)}; expected ${show(expected)} (${rejected ? 'R12' : 'R15'})`,
    recentEvents(rec),
  );
}

/** I5 on the cooldown a rejection or a cancellation starts. */
export const cooldownEndInvariant = invariant({ ids: ['I5'], on: { WithdrawalRejected: checkCooldownEnd, WithdrawalCancelled: checkCooldownEnd } });
