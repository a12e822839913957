import { type ClaimEvent, type ClaimStatus, type Instant, type WithdrawalState, firstStatus, isTerminal } from '../../engine/index.js';
import { outcomeCode, outcomeName, statusCode, statusName, typeCode, typeName, withdrawalCode, withdrawalName } from '../../engine/claimCodes.js';
import { passNotice } from '../../engine/events/index.js';
import type { FinishedClaim, LastWithdrawalEnd } from './FinishedClaim.js';
import { FinishedClaimRecord } from './FinishedClaimRecord.js';
import { claimId, claimIndexOf } from './generatedIds.js';

// A claim's type, status, withdrawal state and outcome are kept by the engine's own codes (engine/claimCodes.ts): one table per vocabulary.
const LAST_ENDS: readonly LastWithdrawalEnd[] = ['none', 'cancelled', 'lapsed'];
const LAST_END = new Map<LastWithdrawalEnd, number>(LAST_ENDS.map((x, k) => [x, k]));
const NONE = withdrawalCode('none');
const REQUESTED = withdrawalCode('requested');
const ON_HOLD = withdrawalCode('on_hold');
/** An instant not yet reached (leftFirstStatusAt, closedAt). */
const NOT_YET = NaN;

/**
 * What a population run knows of each claim, learnt from the engine's events alone (the
 * engine's own state is not read), by claim index in typed arrays: whether it is held, its
 * status and withdrawal, requests, how its withdrawals ended, and the instants the summary
 * needs. Request counts are kept to 65535, as a move's operand (Move.ts).
 */
export class ClaimRecords {
  private readonly held: Uint8Array;
  private readonly type: Uint8Array;
  private readonly status: Uint8Array;
  private readonly withdrawalState: Uint8Array;
  private readonly outcome: Uint8Array;
  private readonly lastEnd: Uint8Array;
  private readonly escalated: Uint8Array;
  private readonly requestCount: Uint16Array;
  private readonly reRequestCount: Uint16Array;
  private readonly receivedAt: Float64Array;
  private readonly delayedFrom: Float64Array;
  private readonly leftFirstStatusAt: Float64Array;
  private readonly closedAt: Float64Array;
  private heldCount = 0;

  constructor(readonly claims: number) {
    this.held = new Uint8Array(claims);
    this.type = new Uint8Array(claims);
    this.status = new Uint8Array(claims);
    this.withdrawalState = new Uint8Array(claims);
    this.outcome = new Uint8Array(claims);
    this.lastEnd = new Uint8Array(claims);
    this.escalated = new Uint8Array(claims);
    this.requestCount = new Uint16Array(claims);
    this.reRequestCount = new Uint16Array(claims);
    this.receivedAt = new Float64Array(claims);
    this.delayedFrom = new Float64Array(claims);
    this.leftFirstStatusAt = new Float64Array(claims);
    this.closedAt = new Float64Array(claims);
  }

  /** Claims opened and not yet dropped. */
  get heldClaims(): number {
    return this.heldCount;
  }

  /** Claim i is open and not yet dropped. */
  isHeld(i: number): boolean {
    return this.held[i] === 1;
  }

  /** Claim i's id (claimId(i)). */
  id(i: number): string {
    return claimId(i);
  }

  withdrawal(i: number): WithdrawalState {
    return withdrawalName(this.withdrawalState[i]!);
  }

  /** Requests made so far (first requests and re-requests): the number of the latest. */
  requests(i: number): number {
    return this.requestCount[i]!;
  }

  wasEscalated(i: number): boolean {
    return this.escalated[i] === 1;
  }

  /** Folds one event into claim i's record (as the engine's evolve does into its claim). */
  observe(e: ClaimEvent): void {
    if (e.kind === 'OrderPlaced') return;
    const i = claimIndexOf(e.claim);
    switch (e.kind) {
      case 'ClaimOpened':
        this.held[i] = 1;
        this.heldCount++;
        this.type[i] = typeCode(e.type);
        this.status[i] = statusCode(e.status);
        this.receivedAt[i] = e.receivedAt;
        this.delayedFrom[i] = e.delayedFrom;
        this.leftFirstStatusAt[i] = e.status === firstStatus(e.type) ? NOT_YET : e.at;
        this.closedAt[i] = isTerminal(e.status) ? e.at : NOT_YET;
        break;
      case 'ClaimAdvanced':
        this.setStatus(i, e.to, e.at);
        break;
      case 'WithdrawalRequested':
        this.withdrawalState[i] = REQUESTED;
        this.requestCount[i] = e.request;
        if (e.reRequest) this.reRequestCount[i]!++;
        break;
      case 'WithdrawalAccepted':
      case 'WithdrawalTimedOut':
        this.withdrawalState[i] = NONE;
        this.outcome[i] = outcomeCode(e.kind === 'WithdrawalAccepted' ? 'accepted' : 'timeout');
        this.setStatus(i, 'withdrawn', e.at);
        break;
      case 'WithdrawalRejected':
        this.withdrawalState[i] = ON_HOLD;
        break;
      case 'WithdrawalCancelled':
      case 'WithdrawalLapsed':
        this.withdrawalState[i] = NONE;
        this.lastEnd[i] = LAST_END.get(e.kind === 'WithdrawalLapsed' ? 'lapsed' : 'cancelled')!;
        break;
      case 'SupportContacted':
        this.escalated[i] = 1;
        break;
      case 'MemoSent':
      case 'DeadlineRetimed':
      case 'CooldownRetimed':
        break;
      default:
        // A notice (the reminder, a kind added to the catalogue) changes no record; any other kind must be named above.
        passNotice(e);
    }
  }

  /** Claim i's record as it stands, let go at `at`: written into `into` (default: a new record). */
  finished(i: number, at: Instant, into = new FinishedClaimRecord()): FinishedClaim {
    into.index = i;
    into.id = this.id(i);
    into.type = typeName(this.type[i]!);
    into.status = statusName(this.status[i]!);
    into.withdrawal = this.withdrawal(i);
    into.outcome = outcomeName(this.outcome[i]!);
    into.lastWithdrawalEnd = LAST_ENDS[this.lastEnd[i]!]!;
    into.requests = this.requestCount[i]!;
    into.reRequests = this.reRequestCount[i]!;
    into.escalated = this.wasEscalated(i);
    into.receivedAt = this.receivedAt[i]!;
    into.delayedFrom = this.delayedFrom[i]!;
    into.leftFirstStatusAt = instantOrNull(this.leftFirstStatusAt[i]!);
    into.closedAt = instantOrNull(this.closedAt[i]!);
    into.at = at;
    return into;
  }

  /** Claim i is let go: no move acts on it any more. */
  drop(i: number): void {
    if (this.held[i] === 0) return;
    this.held[i] = 0;
    this.heldCount--;
  }

  /** The claims still held, lowest index first (the order they were opened in). */
  heldIndices(): number[] {
    const out: number[] = [];
    for (let i = 0; i < this.claims; i++) if (this.held[i] === 1) out.push(i);
    return out;
  }

  private setStatus(i: number, to: ClaimStatus, at: Instant): void {
    if (Number.isNaN(this.leftFirstStatusAt[i]!)) this.leftFirstStatusAt[i] = at;
    if (isTerminal(to)) this.closedAt[i] = at;
    this.status[i] = statusCode(to);
  }
}

function instantOrNull(t: number): Instant | null {
  return Number.isNaN(t) ? null : t;
}
