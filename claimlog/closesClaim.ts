import { type ClaimStatus, isTerminal } from '../engine/index.js';
import type { LogRecord } from './LogRecord.js';

/** Whether a record finishes its claim: it opens terminal, or leaves it terminal. */
export function closesClaim(r: LogRecord): boolean {
  switch (r.type) {
    case 'claim_opened':
      return r.status !== undefined && isTerminal(r.status as ClaimStatus);
    case 'status_changed':
      return isTerminal(r.to as ClaimStatus);
    case 'withdrawal_accepted':
    case 'withdrawal_timed_out':
      return true;
    default:
      return false;
  }
}
