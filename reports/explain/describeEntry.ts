import { type Calendar, type ClaimEvent, type Command, formatDay } from '../../engine/index.js';
import { type CatalogueLoggedEvent, catalogueLoggedByKind, eventSpec } from '../../engine/events/index.js';
import type { TimelineEntry } from '../model/ClaimTimeline.js';
import { wallTime } from './wallTime.js';

/** A timeline entry in words, shared by the text and HTML renderers. */
export interface EntryText {
  readonly when: string;
  /** The command and who gave it, or the clock. */
  readonly what: string;
  /** Each event with what the rules computed (deadlines, cooldown ends), or the refusal. */
  readonly results: readonly string[];
  readonly refused: boolean;
  readonly rules: string;
}

export function describeEntry(e: TimelineEntry, calendar: Calendar): EntryText {
  const results = e.refusal
    ? [`refused ${e.refusal.code}: ${e.refusal.message}${e.refusal.until !== undefined ? ` (until ${wallTime(e.refusal.until, calendar)})` : ''}`]
    : e.events.map((ev) => eventText(ev, calendar));
  return {
    when: wallTime(e.at, calendar),
    what: e.command === null ? clockText(e.events) : `${e.command.kind} by ${actorOf(e.command)}`,
    results: results.length > 0 ? results : ['no event'],
    refused: e.refusal !== null,
    rules: e.rules.join(' '),
  };
}


/** Who gave the command: the one named, or the action's natural actor. */
function actorOf(c: Command): string {
  if (c.actor !== undefined) return c.actor;
  switch (c.kind) {
    case 'PlaceOrder':
    case 'OpenClaim':
      return 'the marketplace';
    case 'AdvanceClaim':
    case 'RequestWithdrawal':
    case 'ReRequestWithdrawal':
    case 'CancelWithdrawal':
      return 'the seller';
    case 'AcceptWithdrawal':
    case 'RejectWithdrawal':
      return 'the buyer';
    case 'SendMemo':
      return `the ${c.from}`;
    case 'ContactSupport':
      return 'the seller';
    default: {
      const unreachable: never = c;
      throw new Error(`unknown command ${String(unreachable)}`);
    }
  }
}

function eventText(e: ClaimEvent, cal: Calendar): string {
  const until = (t: number | null) => (t === null ? 'no cooldown' : `cooldown until ${wallTime(t, cal)}`);
  switch (e.kind) {
    case 'OrderPlaced':
      return `OrderPlaced ${e.order} (seller ${e.seller}, buyer ${e.buyer})`;
    case 'ClaimOpened':
      return `ClaimOpened ${e.type} in ${e.status}, received ${wallTime(e.receivedAt, cal)}, delayed from ${wallTime(e.delayedFrom, cal)}`;
    case 'ClaimAdvanced':
      return `ClaimAdvanced ${e.from} → ${e.to}`;
    case 'WithdrawalRequested':
      return `WithdrawalRequested${e.reRequest ? ' (re-request)' : ''} #${e.request}: deadline ${formatDay(e.deadline)} (the last day to answer), times out ${wallTime(e.timeoutAt, cal)}; buyer's counter ${e.pendingWithdrawals}${e.pii.length ? `; PII warning: ${e.pii.join(', ')}` : ''}`;
    case 'WithdrawalAccepted':
      return `WithdrawalAccepted: withdrawn; buyer's counter ${e.pendingWithdrawals}`;
    case 'WithdrawalRejected':
      return `WithdrawalRejected (${e.category}: ${e.reason}): on hold, ${until(e.cooldownUntil)}; buyer's counter ${e.pendingWithdrawals}`;
    case 'WithdrawalTimedOut':
      return `WithdrawalTimedOut #${e.request}: withdrawn (no answer by the deadline); buyer's counter ${e.pendingWithdrawals}`;
    case 'WithdrawalLapsed':
      return `WithdrawalLapsed (${e.cause === 'timeout' ? 'no answer by the deadline' : 'the claim left the eligible statuses'}); buyer's counter ${e.pendingWithdrawals}`;
    case 'WithdrawalCancelled':
      return `WithdrawalCancelled from ${e.from}: ${until(e.cooldownUntil)}; buyer's counter ${e.pendingWithdrawals}`;
    case 'MemoSent':
      return `MemoSent from the ${e.from}${e.pii.length ? `; PII warning: ${e.pii.join(', ')}` : ''}`;
    case 'SupportContacted':
      return `SupportContacted (${e.category})`;
    case 'BuyerReminded':
      return `BuyerReminded #${e.request}: the buyer is reminded that the deadline ${formatDay(e.deadline)} is near`;
    case 'DeadlineRetimed':
      return `DeadlineRetimed #${e.request} at a dated policy change: deadline ${formatDay(e.deadline)} (the last day to answer), times out ${wallTime(e.timeoutAt, cal)}`;
    case 'CooldownRetimed':
      return `CooldownRetimed at a dated policy change: rejection ${until(e.rejectionCooldownUntil)}, cancellation ${until(e.cancellationCooldownUntil)}`;
    default:
      return catalogueText(e, cal);
  }
}

/** A kind described by its catalogue entry alone (engine/events): its description, then its fields as the claim log names them. */
function catalogueText(logged: CatalogueLoggedEvent, cal: Calendar): string {
  const e = logged as ClaimEvent;
  const log = catalogueLoggedByKind(e.kind);
  const fields = e as unknown as Record<string, unknown>;
  const shown = Object.entries(log?.fields ?? {}).map(([name, codec]) => {
    const v = fields[name];
    const text = typeof v !== 'number' ? String(v) : codec === 'day' ? formatDay(v) : codec === 'instant' || codec === 'instantOrNull' ? wallTime(v, cal) : String(v);
    return `${name} ${text}`;
  });
  return `${e.kind}: ${eventSpec(e.kind).description}${shown.length > 0 ? ` (${shown.join(', ')})` : ''}`;
}

/** What the clock did: a reminder's instant came, a dated policy change re-timed the claim (R10a, R15a), or the response deadline passed. */
function clockText(events: readonly ClaimEvent[]): string {
  if (events.every((e) => e.kind === 'BuyerReminded')) return 'clock: the reminder instant came';
  if (events.some((e) => e.kind === 'DeadlineRetimed' || e.kind === 'CooldownRetimed')) return 'clock: a dated policy change took effect';
  const notice = events.find((e) => e.kind !== 'BuyerReminded' && catalogueLoggedByKind(e.kind) !== undefined);
  if (notice !== undefined && !events.some((e) => e.kind === 'WithdrawalTimedOut' || e.kind === 'WithdrawalLapsed')) return `clock: ${eventSpec(notice.kind).description}`;
  return 'clock: the response deadline passed';
}
