import type { Command } from '../engine/index.js';
import type { ActionName, LogRecord } from './LogRecord.js';

/** The action a command submits, as scenarios name it; null for one that is no party's action on a claim. */
export function actionOf(command: Command): ActionName | null {
  switch (command.kind) {
    case 'OpenClaim':
      return 'open_claim';
    case 'AdvanceClaim':
      return 'advance_claim';
    case 'RequestWithdrawal':
      return 'request_withdrawal';
    case 'AcceptWithdrawal':
      return 'accept_withdrawal';
    case 'RejectWithdrawal':
      return 'reject_withdrawal';
    case 'ReRequestWithdrawal':
      return 're_request_withdrawal';
    case 'CancelWithdrawal':
      return 'cancel_withdrawal';
    case 'SendMemo':
      return 'send_memo';
    case 'ContactSupport':
      return 'contact_support';
    default:
      return null;
  }
}

/** The action a record of an accepted action stands for by its type (docs/claim-log.md); null for a record the clock or the rules write. */
export function actionOfRecordType(type: LogRecord['type']): ActionName | null {
  switch (type) {
    case 'claim_opened':
      return 'open_claim';
    case 'status_changed':
      return 'advance_claim';
    case 'withdrawal_requested':
      return 'request_withdrawal';
    case 'withdrawal_rerequested':
      return 're_request_withdrawal';
    case 'withdrawal_accepted':
      return 'accept_withdrawal';
    case 'withdrawal_rejected':
      return 'reject_withdrawal';
    case 'withdrawal_cancelled':
      return 'cancel_withdrawal';
    case 'memo_sent':
      return 'send_memo';
    case 'support_contacted':
      return 'contact_support';
    default:
      return null;
  }
}
