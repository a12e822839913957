import type { ClaimStatus, ClaimType, Command, LifecycleStatus } from '../engine/index.js';
import type { ActionName, LogRecord } from './LogRecord.js';
import { actionOfRecordType } from './actionNames.js';
import { passCatalogueRecord } from './catalogueRecord.js';
import { parseIsoInstant } from './parseIsoInstant.js';

/** The text a command gets when the log did not record it (R4, R9 and R21 are then not judged on it). */
export const NOT_RECORDED = '(not recorded in the log)';

/**
 * The engine commands a record of an action stands for (claim_opened: the order, then the
 * claim); null for a record the clock or the rules write (timeout, lapse, reminder, re-timing),
 * which the audit compares with what the rules produce instead.
 */
export function toCommands(r: LogRecord): Command[] | null {
  // A refused action, or an action the service made another record of: the action as submitted.
  if (r.type === 'action_refused') return submittedCommand(r.action, r);
  const action = (r as { action?: ActionName }).action;
  if (action !== undefined && action !== actionOfRecordType(r.type)) return submittedCommand(action, r);
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
          ...(r.reportedStatus !== undefined ? { status: r.reportedStatus as LifecycleStatus } : r.status !== undefined ? { status: r.status as LifecycleStatus } : {}),
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
      return [{ kind: 'RejectWithdrawal', claim: r.claim, reason: r.reason ?? NOT_RECORDED, ...category(r.chosenCategory ?? r.category), ...as }];
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
    default:
      // A notice of the clock's the event catalogue logs from its fields; any other record needs a case above (a compile error).
      passCatalogueRecord(r);
      return null;
  }
}

const category = (c: string | undefined): { category?: string } => (c !== undefined ? { category: c } : {});

/**
 * The command of an action as a record says it was submitted (`action`), from the fields the
 * record carries; none when they do not say enough (an opening, a status change without `to`).
 */
function submittedCommand(action: ActionName, r: LogRecord): Command[] {
  const f = r as Record<string, unknown>;
  const text = (key: string): string => (typeof f[key] === 'string' ? (f[key] as string) : NOT_RECORDED);
  const base = { claim: r.claim, ...(typeof f['actor'] === 'string' ? { actor: f['actor'] } : {}) };
  switch (action) {
    case 'open_claim':
      return [];
    case 'advance_claim':
      return typeof f['to'] === 'string' ? [{ kind: 'AdvanceClaim', ...base, to: f['to'] as ClaimStatus }] : [];
    case 'request_withdrawal':
      return [{ kind: 'RequestWithdrawal', ...base, message: text('message') }];
    case 're_request_withdrawal':
      return [{ kind: 'ReRequestWithdrawal', ...base, message: text('message') }];
    case 'accept_withdrawal':
      return [{ kind: 'AcceptWithdrawal', ...base }];
    case 'reject_withdrawal':
      return [{ kind: 'RejectWithdrawal', ...base, reason: text('reason'), ...category((f['chosenCategory'] ?? f['category']) as string | undefined) }];
    case 'cancel_withdrawal':
      return [{ kind: 'CancelWithdrawal', ...base }];
    case 'send_memo':
      return f['from'] === 'seller' || f['from'] === 'buyer' ? [{ kind: 'SendMemo', ...base, from: f['from'], text: text('text') }] : [];
    case 'contact_support':
      return [{ kind: 'ContactSupport', ...base, text: text('text') }];
    default: {
      const unreachable: never = action;
      throw new Error(`unknown action ${String(unreachable)}`);
    }
  }
}
