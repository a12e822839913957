import type { ClaimEvent, Claim } from '../engine/index.js';
import { type CatalogueLoggedEvent, type ClockEvent, EVENT_CATALOGUE, catalogueLoggedByKind, catalogueLoggedByRecord, eventSpec } from '../engine/events/index.js';
import { CATALOGUE_RECORD_TYPES, type LogRecord } from './LogRecord.js';

/** The events the clock and the rules write on their own (no actor, `source: 'clock'` in the event catalogue): a log shows each as a record of its own. */
export type SystemEvent = ClockEvent;

export function isSystemEvent(e: ClaimEvent): e is SystemEvent {
  return EVENT_CATALOGUE[e.kind].source === 'clock';
}

/** A system event fired by the clock (all but the lapse an action causes). */
export function isTimerEvent(e: SystemEvent): boolean {
  return !(e.kind === 'WithdrawalLapsed' && e.cause === 'ineligible_status');
}

/** Whether a log record shows this system event (same kind; a lapse's same cause). */
export function shows(r: LogRecord, e: SystemEvent): boolean {
  switch (e.kind) {
    case 'WithdrawalTimedOut':
      return r.type === 'withdrawal_timed_out';
    case 'WithdrawalLapsed':
      return r.type === 'withdrawal_lapsed' && r.cause === e.cause;
    case 'BuyerReminded':
      return r.type === 'buyer_reminded';
    case 'DeadlineRetimed':
      return r.type === 'deadline_retimed';
    case 'CooldownRetimed':
      return r.type === 'cooldown_retimed';
    default:
      // A notice the event catalogue logs from its fields; any other kind needs a case above (a compile error).
      return r.type === catalogueRecordOf(e);
  }
}

function catalogueRecordOf(logged: CatalogueLoggedEvent): string | undefined {
  return catalogueLoggedByKind((logged as ClaimEvent).kind)?.record;
}

/** The rule a system event carries out, and what it is called in a message. */
export function systemRule(e: SystemEvent | LogRecord): { readonly rule: string; readonly what: string } {
  const kind = 'kind' in e ? e.kind : e.type;
  const cause = 'cause' in e ? e.cause : undefined;
  switch (kind) {
    case 'WithdrawalTimedOut':
    case 'withdrawal_timed_out':
      return { rule: 'R10', what: 'auto-withdrawal' };
    case 'WithdrawalLapsed':
    case 'withdrawal_lapsed':
      return cause === 'timeout' ? { rule: 'R10', what: 'lapse of the unanswered request' } : { rule: 'R16', what: 'lapse of the withdrawal (the claim left the eligible statuses)' };
    case 'BuyerReminded':
    case 'buyer_reminded':
      return { rule: 'R10-reminder', what: "buyer's reminder" };
    case 'DeadlineRetimed':
    case 'deadline_retimed':
      return { rule: 'R10a', what: 're-timed deadline' };
    case 'CooldownRetimed':
    case 'cooldown_retimed':
      return { rule: 'R15a', what: 'recomputed cooldown' };
    default: {
      // A notice the event catalogue logs from its fields: its first rule and its description.
      const logged = catalogueLoggedByKind(String(kind)) ?? catalogueLoggedByRecord(String(kind));
      if (logged === undefined) return { rule: String(kind), what: String(kind) };
      const spec = eventSpec(logged.kind);
      return { rule: spec.rules[0] ?? logged.record, what: spec.description };
    }
  }
}

/** What the rules say about a system record that they did not produce then, from the claim as they hold it. */
export function expectedInstead(r: LogRecord, claim: Readonly<Claim> | undefined, when: (t: number) => string, autoWithdraw: boolean): string {
  if (claim === undefined) return 'the rules hold no such claim';
  const state = `status ${claim.status}, withdrawal ${claim.withdrawal}`;
  switch (r.type) {
    case 'withdrawal_timed_out':
    case 'withdrawal_lapsed':
      if (r.type === 'withdrawal_lapsed' && r.cause === 'ineligible_status') return `the rules lapse nothing then (${state})`;
      if (claim.withdrawal !== 'requested' || claim.timeoutAt === null) return `the rules have no request open then (${state})`;
      if ((r.type === 'withdrawal_timed_out') !== autoWithdraw) return `the rules ${autoWithdraw ? 'auto-withdraw the claim' : 'let the request lapse'} at ${when(claim.timeoutAt)} (autoWithdrawOnTimeout ${autoWithdraw})`;
      return `the request's window runs out at ${when(claim.timeoutAt)} (00:00 after the deadline)`;
    case 'buyer_reminded':
      return `the rules send no reminder then (${state})`;
    case 'deadline_retimed':
      return 'the rules re-time no deadline then';
    case 'cooldown_retimed':
      return 'the rules recompute no cooldown then';
    default:
      return CATALOGUE_RECORD_TYPES.has(r.type) ? `the rules make no ${r.type} then (${state})` : state;
  }
}
