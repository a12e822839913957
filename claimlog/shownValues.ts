import type { ClaimEvent } from '../engine/index.js';
import { type CatalogueLoggedEvent, catalogueLoggedByKind } from '../engine/events/index.js';
import type { ActionName, LogRecord } from './LogRecord.js';
import { parseIsoInstant } from './parseIsoInstant.js';

/** Reports a violation of `rule` at the record, with the message. */
export type ShownReport = (rule: string, message: string) => void;

/** The rule an action's outcome carries out (R8 for an accept, R9 for a reject …). */
const OUTCOME_RULE: Record<ActionName, string> = {
  open_claim: 'R17',
  advance_claim: 'transitions',
  request_withdrawal: 'R6',
  re_request_withdrawal: 'R11',
  accept_withdrawal: 'R8',
  reject_withdrawal: 'R9',
  cancel_withdrawal: 'R14',
  send_memo: 'R20',
  contact_support: 'R3',
};

/** The record type of an engine event's own record (docs/claim-log.md); null for the order's placing. */
export function recordTypeOf(e: ClaimEvent): LogRecord['type'] | null {
  switch (e.kind) {
    case 'OrderPlaced':
      return null;
    case 'ClaimOpened':
      return 'claim_opened';
    case 'ClaimAdvanced':
      return 'status_changed';
    case 'WithdrawalRequested':
      return e.reRequest ? 'withdrawal_rerequested' : 'withdrawal_requested';
    case 'WithdrawalAccepted':
      return 'withdrawal_accepted';
    case 'WithdrawalRejected':
      return 'withdrawal_rejected';
    case 'WithdrawalTimedOut':
      return 'withdrawal_timed_out';
    case 'WithdrawalLapsed':
      return 'withdrawal_lapsed';
    case 'WithdrawalCancelled':
      return 'withdrawal_cancelled';
    case 'BuyerReminded':
      return 'buyer_reminded';
    case 'MemoSent':
      return 'memo_sent';
    case 'SupportContacted':
      return 'support_contacted';
    case 'DeadlineRetimed':
      return 'deadline_retimed';
    case 'CooldownRetimed':
      return 'cooldown_retimed';
    default:
      // A notice the event catalogue logs from its fields; any other kind needs a case above (a compile error).
      return catalogueRecordType(e);
  }
}

function catalogueRecordType(logged: CatalogueLoggedEvent): LogRecord['type'] {
  const kind = (logged as ClaimEvent).kind;
  const spec = catalogueLoggedByKind(kind);
  if (spec === undefined) throw new Error(`unknown event ${kind}`);
  return spec.record as LogRecord['type'];
}

/**
 * The values a record shows of the system beside the action (docs/claim-log.md) against the
 * rules' own event for it: the record type an action submitted as `action` came out as (R8 …),
 * the status a claim is held in against the one it was submitted in (R17), when it becomes
 * delayed (R18), the category the seller is shown (R9), the personal-data warning (R21), and
 * the step of the buyer's pending-withdrawal counter (R6; `step` is the rules' step for this
 * event, +1, 0 or −1). A value the record leaves out is not judged.
 */
export function judgeShownValues(rec: LogRecord, e: ClaimEvent, step: number | undefined, where: () => string, when: (t: number) => string, report: ShownReport): void {
  const f = rec as Record<string, unknown>;
  const action = f['action'] as ActionName | undefined;
  if (action !== undefined && rec.type !== 'action_refused') {
    const expected = recordTypeOf(e);
    if (expected !== null && expected !== rec.type) report(OUTCOME_RULE[action], `the log shows ${action} at ${where()} recorded as ${rec.type}; the rules make it ${expected}`);
  }
  if (rec.type === 'claim_opened' && e.kind === 'ClaimOpened') {
    if (rec.status !== undefined && rec.status !== e.status) report('R17', `the claim_opened at ${where()} holds the claim in ${rec.status}${rec.reportedStatus !== undefined ? ` (submitted in ${rec.reportedStatus})` : ''}; the rules hold and count it in ${e.status}`);
    const delayed = rec.delayedFrom === undefined ? null : parseIsoInstant(rec.delayedFrom);
    if (delayed !== null && delayed !== e.delayedFrom) report('R18', `the claim_opened at ${where()} is flagged delayed from ${when(delayed)}; the rules flag it from ${when(e.delayedFrom)} (receipt date + delayThresholdDays)`);
  }
  if (rec.type === 'withdrawal_rejected' && e.kind === 'WithdrawalRejected' && rec.category !== undefined && rec.category !== e.category) {
    report('R9', `the withdrawal_rejected at ${where()} shows the seller the category ${rec.category}${rec.chosenCategory !== undefined ? ` (the buyer chose ${rec.chosenCategory})` : ''}; the rules show ${e.category}`);
  }
  if (typeof f['piiWarning'] === 'boolean' && 'pii' in e) {
    const rules = e.pii.length > 0;
    if (f['piiWarning'] !== rules) {
      report('R21', rules ? `the ${rec.type} at ${where()} records no personal-data warning; the rules record one (${e.pii.join(', ')})` : `the ${rec.type} at ${where()} records a personal-data warning; the rules record none`);
    }
  }
  const before = f['buyerPendingBefore'];
  const after = f['buyerPending'];
  if (step !== undefined && typeof before === 'number' && typeof after === 'number' && after - before !== step) {
    const move = step > 0 ? 'raise it by one' : step < 0 ? 'lower it by one' : 'leave it as it is';
    report('R6', `the ${rec.type} at ${where()} moves the buyer's pending-withdrawal counter from ${before} to ${after}; the rules ${move} (to ${before + step})`);
  }
}
