import { type Calendar, type ClaimEvent, type ClaimStatus, type Command, type PlaceOrder, type Refusal, firstStatus, isTerminal } from '../engine/index.js';
import { formatInstant } from './formatInstant.js';
import type { LogRecord } from './LogRecord.js';
import { actionOf, actionOfRecordType } from './actionNames.js';
import { toLogRecord } from './toLogRecord.js';

type Writable = Record<string, unknown>;
/** A party's command on a claim (not the order's placing, not the clock's). */
type ClaimCommand = Exclude<Command, PlaceOrder>;

/**
 * A run's claim log as a claim service writes it (docs/claim-log.md): each decision's events as
 * records, with what the system showed beside them (the buyer's pending-withdrawal counter
 * before and after, R6), and, when the run's commands are given too, what each action
 * submitted (the reported status, the chosen category, the memo's sender, an action the
 * service made something else of) and a record of each refused action. A claim's parties are
 * forgotten once it closes.
 */
export class RunRecorder {
  private readonly parties = new Map<string, { readonly seller: string; readonly buyer: string }>();
  /** Each buyer's counter as the last record of it showed it. */
  private readonly counters = new Map<string, number>();

  constructor(private readonly calendar: Calendar) {}

  /** The records of one decision's events: of the agent's command `submitted`, or of the clock (none). */
  events(events: readonly ClaimEvent[], submitted?: Command): LogRecord[] {
    const out: LogRecord[] = [];
    for (const e of events) {
      const r = toLogRecord(e, this.calendar);
      if (r === null) continue;
      if (e.kind === 'ClaimOpened') this.parties.set(e.claim, { seller: e.seller, buyer: e.buyer });
      if ('pendingWithdrawals' in e) {
        const buyer = this.parties.get(e.claim)?.buyer;
        if (buyer !== undefined) {
          (r as Writable)['buyerPendingBefore'] = this.counters.get(buyer) ?? 0;
          (r as Writable)['buyerPending'] = e.pendingWithdrawals;
          this.counters.set(buyer, e.pendingWithdrawals);
        }
      }
      out.push(r);
    }
    if (submitted !== undefined) this.submitted(out, submitted);
    for (const e of events) {
      const closed = closedClaim(e);
      if (closed !== null) this.parties.delete(closed);
    }
    return out;
  }

  /** An agent's command the rules refused, as a record of its own; null for one on a claim the service does not hold. */
  refused(submitted: Command, at: number, refusal: Refusal): LogRecord | null {
    const action = actionOf(submitted);
    if (action === null || refusal.code === 'CLAIM_NOT_FOUND' || submitted.kind === 'OpenClaim') return null;
    const command = submitted as ClaimCommand;
    const r: Writable = { type: 'action_refused', claim: command.claim, at: formatInstant(at, this.calendar, true), action, code: refusal.code, support: refusal.support ?? null };
    if (refusal.until !== undefined) r['until'] = formatInstant(refusal.until, this.calendar, true);
    switch (command.kind) {
      case 'AdvanceClaim':
        r['to'] = command.to;
        break;
      case 'RequestWithdrawal':
      case 'ReRequestWithdrawal':
        r['message'] = command.message;
        break;
      case 'RejectWithdrawal':
        r['reason'] = command.reason;
        if (command.category !== undefined) r['category'] = command.category;
        break;
      case 'SendMemo':
        r['from'] = command.from;
        r['text'] = command.text;
        break;
      case 'ContactSupport':
        r['text'] = command.text;
        break;
      default:
        break;
    }
    if (command.actor !== undefined) r['actor'] = command.actor;
    return r as LogRecord;
  }

  /** What the accepted command submitted, on the record of it (the first record of an action among its decision's). */
  private submitted(records: readonly LogRecord[], command: Command): void {
    const r = records.find((x) => actionOfRecordType(x.type) !== null) as Writable | undefined;
    if (r === undefined) return;
    const action = actionOf(command);
    if (action !== null && action !== actionOfRecordType(r['type'] as LogRecord['type'])) r['action'] = action;
    switch (command.kind) {
      case 'OpenClaim':
        r['reportedStatus'] = command.status ?? firstStatus(command.type);
        break;
      case 'RejectWithdrawal':
        if (command.category !== undefined) r['chosenCategory'] = command.category;
        break;
      case 'SendMemo': {
        // The account that sent it, as a service knows its signed-in user.
        const parties = this.parties.get(command.claim);
        const sender = command.actor ?? (parties === undefined ? undefined : command.from === 'seller' ? parties.seller : parties.buyer);
        if (sender !== undefined) r['actor'] = sender;
        break;
      }
      default:
        break;
    }
  }
}

/** The claim an event closes, or null. */
function closedClaim(e: ClaimEvent): string | null {
  return e.kind === 'WithdrawalAccepted' || e.kind === 'WithdrawalTimedOut' || (e.kind === 'ClaimAdvanced' && isTerminal(e.to as ClaimStatus)) ? e.claim : null;
}
