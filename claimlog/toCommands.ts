import type { ClaimStatus, ClaimType, Command, LifecycleStatus } from '../engine/index.js';
import type { LogRecord } from './LogRecord.js';
import { parseIsoInstant } from './parseIsoInstant.js';

/** The text a command gets when the log did not record it (R4, R9 and R21 are then not judged on it). */
export const NOT_RECORDED = '(not recorded in the log)';

/**
 * The engine commands a record of an action stands for (claim_opened: the order, then the
 * claim); null for a record the clock or the rules write (timeout, lapse, reminder, re-timing),
 * which the audit compares with what the rules produce instead.
 */
export function toCommands(r: LogRecord): Command[] | null {
  const as = 'actor' in r && typeof r.actor === 'string' ? { actor: r.actor } : {};
  switch (r.type) {
    case 'claim_opened':
      return [
        { kind: 'PlaceOrder', order: r.order, seller: r.seller, buyer: r.buyer },
        {
          kind: 'OpenClaim',
          claim: r.claim,
          order: r.order,
          type: r.claimType as ClaimType,
          ...(r.status !== undefined ? { status: r.status as LifecycleStatus } : {}),
          ...(r.receivedAt !== undefined ? { receivedAt: parseIsoInstant(r.receivedAt)! } : {}),
        },
      ];
    case 'status_changed':
      return [{ kind: 'AdvanceClaim', claim: r.claim, to: r.to as ClaimStatus, ...as }];
    case 'withdrawal_requested':
      return [{ kind: 'RequestWithdrawal', claim: r.claim, message: r.message ?? NOT_RECORDED, ...as }];
    case 'withdrawal_rerequested':
      return [{ kind: 'ReRequestWithdrawal', claim: r.claim, message: r.message ?? NOT_RECORDED, ...as }];
    case 'withdrawal_accepted':
      return [{ kind: 'AcceptWithdrawal', claim: r.claim, ...as }];
    case 'withdrawal_rejected':
      return [{ kind: 'RejectWithdrawal', claim: r.claim, reason: r.reason ?? NOT_RECORDED, ...(r.category !== undefined ? { category: r.category } : {}), ...as }];
    case 'withdrawal_cancelled':
      return [{ kind: 'CancelWithdrawal', claim: r.claim, ...as }];
    case 'support_contacted':
      return [{ kind: 'ContactSupport', claim: r.claim, text: r.text ?? NOT_RECORDED, ...as }];
    case 'memo_sent':
      return [{ kind: 'SendMemo', claim: r.claim, from: r.from, text: r.text ?? NOT_RECORDED, ...as }];
    case 'withdrawal_timed_out':
    case 'withdrawal_lapsed':
    case 'buyer_reminded':
    case 'deadline_retimed':
    case 'cooldown_retimed':
      return null;
    default: {
      const unreachable: never = r;
      throw new Error(`unknown record ${JSON.stringify(unreachable)}`);
    }
  }
}
