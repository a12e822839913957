import type { Instant } from '../Calendar.js';
import type { ClaimEvent } from '../ClaimEvent.js';
import { type CheckerContext, when } from './CheckerContext.js';
import { type ClaimRecord, recentEvents } from './ClaimRecord.js';
import { isClosedStatus } from './isClosedStatus.js';
import { invariant } from './Invariant.js';

/** Per checker: each claim's cooldown end the seller was told of (or reported as missed). */
const TOLD = new WeakMap<CheckerContext, Map<string, Instant>>();

function toldOf(ctx: CheckerContext): Map<string, Instant> {
  let told = TOLD.get(ctx);
  if (told === undefined) TOLD.set(ctx, (told = new Map()));
  return told;
}

/** The claim may have a withdrawal requested again: open, in an eligible status (R2), none pending. */
function mayRequest(ctx: CheckerContext, rec: ClaimRecord): boolean {
  return !isClosedStatus(rec.status) && ctx.eligible.has(rec.status) && rec.withdrawal !== 'requested';
}

/**
 * I12 (the cooldown-end notice, policy `notifyCooldownEnd`, an extension of R12/R15): the seller
 * is told at exactly the instant the claim's last cooldown ends (the rejection's and the
 * cancellation's add up), once per end, and only while the claim is open, in an eligible status
 * and without a request pending; never when the policy sends no notice. Judged before the
 * event is folded, against the checker's own cooldown end.
 */
function checkCooldownEndNotice(ctx: CheckerContext<'I12'>, rec: ClaimRecord, e: Extract<ClaimEvent, { kind: 'SellerToldCooldownEnded' }>): void {
  const report = (message: string) => ctx.log.report('I12', rec.id, e.at, `claim ${rec.id}: ${message}`, recentEvents(rec));
  if (ctx.policy.notifyCooldownEnd !== true) {
    report(`a cooldown-end notice at ${when(ctx, e.at)}, but the policy sends none (notifyCooldownEnd off)`);
    return;
  }
  if (!mayRequest(ctx, rec)) {
    report(`a cooldown-end notice at ${when(ctx, e.at)} for a claim that cannot be requested again (status ${rec.status}, withdrawal ${rec.withdrawal})`);
    return;
  }
  const end = rec.cooldownEnd;
  if (!Number.isFinite(end)) {
    report(`a cooldown-end notice at ${when(ctx, e.at)}, but no cooldown was started`);
    return;
  }
  const told = toldOf(ctx);
  if (told.get(rec.id) === end) {
    report(`a second cooldown-end notice at ${when(ctx, e.at)} of the cooldown that ended at ${when(ctx, end)}`);
    return;
  }
  if (e.at !== end) report(`told at ${when(ctx, e.at)}, ${e.at < end ? 'early' : 'late'}; the claim's last cooldown ends at ${when(ctx, end)} (R12, R15)`);
  told.set(rec.id, end);
}

/**
 * I12, the late side: at `at` (an event of the claim, or the end of the run), the claim's last
 * cooldown has ended and the claim could be requested again, but the seller was not told. A
 * cooldown that a dated change recomputed to end at or before the change (R15a) is not told.
 */
function checkCooldownEndNoticeDue(ctx: CheckerContext<'I12'>, rec: ClaimRecord, at: Instant, what: string): void {
  if (ctx.policy.notifyCooldownEnd !== true) return;
  const end = rec.cooldownEnd;
  if (!Number.isFinite(end) || at < end) return;
  const told = toldOf(ctx);
  if (told.get(rec.id) === end) return;
  // The first event at or after the end sees the claim as it was then (nothing of it happened in
  // between): the end is judged once, here, whatever the claim does later.
  told.set(rec.id, end);
  if (!mayRequest(ctx, rec)) return;
  if (ctx.datedChanges.recomputesCooldowns && ctx.datedChanges.changes.some((c) => end <= c.at && c.at <= at)) return;
  ctx.log.report('I12', rec.id, at, `claim ${rec.id}: its last cooldown ended at ${when(ctx, end)}, and at ${when(ctx, at)} (${what}) the seller has not been told`, recentEvents(rec));
}

/** The claim is forgotten (a streaming run is done with it). */
function forgetCooldownEndNotice(ctx: CheckerContext<'I12'>, claimId: string): void {
  TOLD.get(ctx)?.delete(claimId);
}

/** I12, the cooldown-end notice (policy `notifyCooldownEnd`): a claim's own timer, with a late side. */
export const cooldownEndNoticeInvariant = invariant({
  ids: ['I12'],
  due: { check: checkCooldownEndNoticeDue, except: 'SellerToldCooldownEnded' },
  on: { SellerToldCooldownEnded: checkCooldownEndNotice },
  timers: { SellerToldCooldownEnded: () => true },
  forget: forgetCooldownEndNotice,
});
