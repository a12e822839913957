import { type Calendar, type ClaimEvent, type Policy, formatDay } from '../engine/index.js';
import { toCatalogueRecord } from './catalogueRecord.js';
import { formatInstant } from './formatInstant.js';
import type { Header, LogRecord } from './LogRecord.js';

/**
 * An engine event as a claim-log record (docs/claim-log.md), instants in the calendar's zone
 * with their offset. Total over the engine's events: `OrderPlaced` has no record of its own
 * (its order, seller and buyer ride on `claim_opened`), every other event has exactly one (a
 * notice of the event catalogue's, one written from its catalogue fields).
 */
export function toLogRecord(e: ClaimEvent, calendar: Calendar): LogRecord | null {
  const t = (x: number): string => formatInstant(x, calendar, true);
  const at = t(e.at);
  switch (e.kind) {
    case 'OrderPlaced':
      return null;
    case 'ClaimOpened':
      return { type: 'claim_opened', claim: e.claim, at, order: e.order, seller: e.seller, buyer: e.buyer, claimType: e.type, status: e.status, receivedAt: t(e.receivedAt), delayedFrom: t(e.delayedFrom) };
    case 'ClaimAdvanced':
      return { type: 'status_changed', claim: e.claim, at, from: e.from, to: e.to };
    case 'WithdrawalRequested':
      return { type: e.reRequest ? 'withdrawal_rerequested' : 'withdrawal_requested', claim: e.claim, at, message: e.message, deadline: formatDay(e.deadline), piiWarning: e.pii.length > 0 };
    case 'WithdrawalAccepted':
      return { type: 'withdrawal_accepted', claim: e.claim, at };
    case 'WithdrawalRejected':
      return { type: 'withdrawal_rejected', claim: e.claim, at, reason: e.reason, category: e.category, cooldownUntil: e.cooldownUntil === null ? null : t(e.cooldownUntil), piiWarning: e.pii.length > 0 };
    case 'WithdrawalTimedOut':
      return { type: 'withdrawal_timed_out', claim: e.claim, at };
    case 'WithdrawalLapsed':
      return { type: 'withdrawal_lapsed', claim: e.claim, at, cause: e.cause };
    case 'WithdrawalCancelled':
      return { type: 'withdrawal_cancelled', claim: e.claim, at, cooldownUntil: e.cooldownUntil === null ? null : t(e.cooldownUntil) };
    case 'BuyerReminded':
      return { type: 'buyer_reminded', claim: e.claim, at, deadline: formatDay(e.deadline) };
    case 'MemoSent':
      return { type: 'memo_sent', claim: e.claim, at, from: e.from, text: e.text, piiWarning: e.pii.length > 0 };
    case 'SupportContacted':
      return { type: 'support_contacted', claim: e.claim, at, text: e.text };
    case 'DeadlineRetimed':
      return { type: 'deadline_retimed', claim: e.claim, at, deadline: formatDay(e.deadline) };
    case 'CooldownRetimed':
      return {
        type: 'cooldown_retimed',
        claim: e.claim,
        at,
        rejectionCooldownUntil: e.rejectionCooldownUntil === null ? null : t(e.rejectionCooldownUntil),
        cancellationCooldownUntil: e.cancellationCooldownUntil === null ? null : t(e.cancellationCooldownUntil),
      };
    default:
      // A notice the event catalogue logs from its fields; any other kind needs a case above (a compile error).
      return toCatalogueRecord(e, calendar);
  }
}

/** The header record a log written by claimsim starts with: the policy, and the period the run covered. */
export function logHeader(policy: Policy, calendar: Calendar, from: number, until: number): Header {
  return { type: 'header', format: 'claimsim-claim-log', version: 1, policy: { ...policy } as Record<string, unknown>, from: formatInstant(from, calendar, true), until: formatInstant(until, calendar, true) };
}
