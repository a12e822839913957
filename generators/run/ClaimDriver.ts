import {
  type Claim,
  type ClaimEvent,
  type ClaimStatus,
  type Command,
  type Decision,
  type Engine,
  type InvariantChecker,
  type ScheduledAction,
  type LifecycleStatus,
  LIFECYCLE_STATUSES,
  isTerminal,
} from '../../engine/index.js';
import { FINAL_OUTCOMES, type FinalOutcome } from '../Summary.js';
import { Purpose } from '../random/Purpose.js';
import type { SummaryTally } from '../summary/SummaryTally.js';
import { tallyFinishedClaim } from '../summary/tallyFinishedClaim.js';
import type { CompiledPopulation } from './CompiledPopulation.js';
import type { DriverHooks } from './DriverHooks.js';
import { claimId, claimIndexOf } from './generatedIds.js';
import type { LastWithdrawalEnd } from './finalOutcomeOf.js';
import { ADVANCE, ANSWER, CANCEL, MEMO, REQUEST, RE_REQUEST, encodeMove, moveA, moveB, moveClaim, moveOf } from './Move.js';
import { memoText, personalData, rejection, requestMessage, supportText } from './messages.js';

const OUTCOME_INDEX = Object.fromEntries(FINAL_OUTCOMES.map((o, k) => [o, k])) as Record<FinalOutcome, number>;
const DONE = 1;
const ESCALATED = 2;
const CANCELLED = 4;
const LAPSED = 8;
/** A message refused for personal data (R21, piiCheck: block) is sent again clean this much later. */
const PII_RETRY_MS = 10 * 60_000;

/**
 * The sellers, buyers and claims of a population acting on the engine: each claim's agents
 * react to its events by scheduling their next move on the engine's clock, drawing every
 * choice from the claim's own stream for that decision (so a claim behaves the same under
 * two policies as far as the rules let it). Finished claims are folded into the tally and
 * dropped from the engine and the checker.
 */
export type { DriverHooks };

export class ClaimDriver implements ScheduledAction {
  /** Per claim index: the final outcome's index in FINAL_OUTCOMES (255: not run). */
  readonly finalOutcomes: Uint8Array;
  private readonly flags: Uint8Array;
  private readonly sellerProfile: Uint16Array;
  private readonly buyerProfile: Uint16Array;
  private readonly lifeStep: Uint8Array;
  private readonly rejections: Uint8Array;
  private readonly tries: Uint8Array;
  /** The engine's claim object per claim index, while it is held (saves building ids to look it up). */
  private readonly held: (Claim | undefined)[];
  /** Per claim: a lifecycle move waiting for the open withdrawal to close (1 + its index in LIFECYCLE_STATUSES; 0: none). */
  private readonly deferred: Uint8Array;
  private readonly finishing: number[] = [];
  /** Seller and buyer ids by index, made on first use: every claim of a seller (a buyer) shares the one string. */
  private readonly sellerIds: (string | undefined)[];
  private readonly buyerIds: (string | undefined)[];

  constructor(
    private readonly pop: CompiledPopulation,
    private readonly engine: Engine,
    private readonly checker: InvariantChecker,
    private readonly tally: SummaryTally,
    private readonly hooks: DriverHooks,
  ) {
    const n = pop.claims;
    this.finalOutcomes = new Uint8Array(n).fill(255);
    this.flags = new Uint8Array(n);
    this.sellerProfile = new Uint16Array(n);
    this.buyerProfile = new Uint16Array(n);
    this.lifeStep = new Uint8Array(n);
    this.rejections = new Uint8Array(n);
    this.tries = new Uint8Array(n);
    this.held = new Array<Claim | undefined>(n).fill(undefined);
    this.deferred = new Uint8Array(n);
    this.sellerIds = new Array<string | undefined>(pop.population.sellers).fill(undefined);
    this.buyerIds = new Array<string | undefined>(pop.population.buyers).fill(undefined);
    engine.subscribe((events) => this.observe(events));
  }

  /** Claim i is received now: its order and the claim itself. */
  open(i: number): void {
    const pop = this.pop;
    const type = pop.typeOf(i);
    const seller = pop.sellerOf(i);
    const buyer = pop.buyerOf(i);
    this.sellerProfile[i] = pop.sellerProfileOf(seller);
    this.buyerProfile[i] = pop.buyerProfileOf(buyer);
    this.tally.claims++;
    const details = this.hooks.details;
    const order = `O${i}`;
    const sellerId = (this.sellerIds[seller] ??= `S${seller}`);
    const buyerId = (this.buyerIds[buyer] ??= `B${buyer}`);
    this.exec(
      details
        ? { kind: 'PlaceOrder', order, seller: sellerId, buyer: buyerId, ...details(i) }
        : { kind: 'PlaceOrder', order, seller: sellerId, buyer: buyerId },
    );
    this.exec({ kind: 'OpenClaim', claim: claimId(i), order, type, status: pop.initialStatusOf(i, type) });
  }

  /** The horizon ended (or the run stopped) at `now`: fold every claim still held. */
  finishAll(now: number): void {
    for (const claim of [...this.engine.state.claims.values()]) this.fold(claim, claimIndexOf(claim.id), now, false);
  }

  // ------------------------------------------------------------------ reactions

  private observe(events: readonly ClaimEvent[]): void {
    this.hooks.onEvents?.(events);
    const tally = this.tally;
    for (const e of events) {
      tally.countEvent(e.kind);
      switch (e.kind) {
        case 'OrderPlaced':
        case 'SupportContacted':
          break;
        case 'ClaimOpened': {
          const i = claimIndexOf(e.claim);
          this.held[i] = this.engine.state.claims.get(e.claim);
          this.planLifecycle(i, e.status, e.at);
          this.planRequest(i, e.at);
          break;
        }
        case 'ClaimAdvanced': {
          const i = claimIndexOf(e.claim);
          if (isTerminal(e.to)) this.finishing.push(i);
          else this.planLifecycle(i, e.to, e.at);
          break;
        }
        case 'WithdrawalRequested': {
          tally.requests++;
          if (e.pii.length) tally.piiWarnings++;
          const i = claimIndexOf(e.claim);
          this.planAnswer(i, e.request, e.at);
          this.planCancel(i, e.request, e.at);
          this.planMemo(i, e.request, e.at);
          break;
        }
        case 'WithdrawalRejected':
          if (e.pii.length) tally.piiWarnings++;
          this.planAfterRejection(claimIndexOf(e.claim), e.at, e.cooldownUntil);
          break;
        case 'WithdrawalAccepted':
        case 'WithdrawalTimedOut':
          this.finishing.push(claimIndexOf(e.claim));
          break;
        case 'WithdrawalLapsed':
        case 'WithdrawalCancelled': {
          const i = claimIndexOf(e.claim);
          this.flags[i] = (this.flags[i]! & ~(CANCELLED | LAPSED)) | (e.kind === 'WithdrawalLapsed' ? LAPSED : CANCELLED);
          this.resume(i);
          break;
        }
        case 'MemoSent':
          tally.memos++;
          if (e.pii.length) tally.piiWarnings++;
          if (e.from === 'seller') this.planMemoReply(claimIndexOf(e.claim));
          break;
        default: {
          const unreachable: never = e;
          throw new Error(`unknown event ${JSON.stringify(unreachable)}`);
        }
      }
    }
    while (this.finishing.length) {
      const i = this.finishing.pop()!;
      const claim = this.claimOf(i);
      if (claim) this.fold(claim, i, this.engine.now, true);
    }
  }

  private fold(claim: Claim, i: number, now: number, drop: boolean): void {
    const flags = this.flags[i]!;
    const lastEnd: LastWithdrawalEnd = flags & LAPSED ? 'lapsed' : flags & CANCELLED ? 'cancelled' : 'none';
    const outcome = tallyFinishedClaim(this.tally, claim, lastEnd, (flags & ESCALATED) !== 0, now);
    this.finalOutcomes[i] = OUTCOME_INDEX[outcome];
    this.flags[i] = flags | DONE;
    this.held[i] = undefined;
    this.deferred[i] = 0;
    this.hooks.onClaimFinished?.(claim, this.engine);
    if (drop) {
      this.checker.forget(claim.id);
      this.engine.evict(claim.id);
    }
  }

  // ------------------------------------------------------------------ plans

  private at(delay: number): number {
    return this.engine.now + Math.max(0, Math.round(delay));
  }

  private planLifecycle(i: number, status: ClaimStatus, at: number): void {
    const step = status === 'withdrawn' ? undefined : this.pop.lifecycle.get(status);
    if (!step) return;
    const k = this.lifeStep[i]!++;
    const to = step.next.pick(this.pop.draw(i, Purpose.lifecycle, 2 * k + 1));
    const when = at + Math.max(0, Math.round(step.after(this.pop.draw(i, Purpose.lifecycle, 2 * k))));
    this.later(when, ADVANCE, i, LIFECYCLE_STATUSES.indexOf(to), step.wait ? 1 : 0);
  }

  private planRequest(i: number, at: number): void {
    const seller = this.pop.sellers[this.sellerProfile[i]!]!;
    const claim = this.claimOf(i);
    if (!claim || this.pop.draw(i, Purpose.request, 0) >= seller.request[claim.type]) return;
    this.later(at + Math.round(seller.requestDelay(this.pop.draw(i, Purpose.request, 1))), REQUEST, i, 0, 0);
  }

  private planAnswer(i: number, r: number, at: number): void {
    const buyer = this.pop.buyers[this.buyerProfile[i]!]!;
    const u = this.pop.draw(i, Purpose.answer, 4 * r);
    const accept = u < buyer.accept.probability;
    if (!accept && u >= buyer.accept.probability + buyer.reject.probability) return;
    const delay = (accept ? buyer.accept : buyer.reject).delay(this.pop.draw(i, Purpose.answer, 4 * r + 1));
    this.later(at + Math.round(delay), ANSWER, i, r, accept ? 1 : 0);
  }

  private planCancel(i: number, r: number, at: number): void {
    const cancel = this.pop.sellers[this.sellerProfile[i]!]!.cancel;
    if (this.pop.draw(i, Purpose.cancel, 2 * r) >= cancel.probability) return;
    this.later(at + Math.round(cancel.delay(this.pop.draw(i, Purpose.cancel, 2 * r + 1))), CANCEL, i, r, 0);
  }

  private planMemo(i: number, r: number, at: number): void {
    const memo = this.pop.sellers[this.sellerProfile[i]!]!.memo;
    if (this.pop.draw(i, Purpose.memo, 4 * r) >= memo.probability) return;
    this.later(at + Math.round(memo.delay(this.pop.draw(i, Purpose.memo, 4 * r + 1))), MEMO, i, r, 0);
  }

  private planMemoReply(i: number): void {
    const r = this.claimOf(i)?.requests ?? 0;
    const reply = this.pop.buyers[this.buyerProfile[i]!]!.memoReply;
    if (this.pop.draw(i, Purpose.memo, 4 * r + 2) >= reply.probability) return;
    this.later(this.at(reply.delay(this.pop.draw(i, Purpose.memo, 4 * r + 3))), MEMO, i, r, 1);
  }

  /** R11–R14 after the buyer's rejection j: give up (cancel from on hold), re-request, or wait. */
  private planAfterRejection(i: number, at: number, cooldownUntil: number | null): void {
    const j = this.rejections[i]!++;
    const seller = this.pop.sellers[this.sellerProfile[i]!]!;
    const pop = this.pop;
    if (pop.draw(i, Purpose.afterRejection, 4 * j) < seller.giveUp.probability) {
      this.later(at + Math.round(seller.giveUp.delay(pop.draw(i, Purpose.afterRejection, 4 * j + 2))), CANCEL, i, -1, 1);
      return;
    }
    const re = seller.reRequest;
    if (j >= re.max || pop.draw(i, Purpose.afterRejection, 4 * j + 1) >= re.probability) return;
    const from = re.fromRejection ? at : (cooldownUntil ?? at);
    this.later(from + Math.round(re.delay(pop.draw(i, Purpose.afterRejection, 4 * j + 2))), RE_REQUEST, i, j, 0);
  }

  // ------------------------------------------------------------------ actions

  /** Runs a move that fell due: the engine's clock hands back the move's number (Move.ts). */
  run(_engine: Engine, code: number): void {
    const i = moveClaim(code);
    const a = moveA(code);
    const b = moveB(code) === 1;
    const move = moveOf(code);
    switch (move) {
      case ADVANCE:
        this.advance(i, LIFECYCLE_STATUSES[a]!, b);
        break;
      case REQUEST:
        this.request(i, a === 1);
        break;
      case RE_REQUEST:
        this.reRequest(i, a, b);
        break;
      case ANSWER:
        this.answer(i, a, b);
        break;
      case CANCEL:
        this.cancel(i, a, b ? 'on_hold' : 'requested');
        break;
      case MEMO:
        this.memo(i, b ? 'buyer' : 'seller', a);
        break;
      default:
        throw new Error(`unknown move ${move}`);
    }
  }

  private later(at: number, move: number, i: number, a: number, b: number): void {
    this.engine.scheduleAction(at, this, encodeMove(move, i, a, b));
  }

  private advance(i: number, to: LifecycleStatus, wait: boolean): void {
    const claim = this.claimOf(i);
    if (!claim) return;
    if (wait && claim.withdrawal !== 'none') {
      this.deferred[i] = LIFECYCLE_STATUSES.indexOf(to) + 1;
      return;
    }
    this.exec({ kind: 'AdvanceClaim', claim: claim.id, to });
  }

  /** A withdrawal closed without withdrawing the claim: a move that waited for it goes ahead. */
  private resume(i: number): void {
    const k = this.deferred[i]!;
    if (k === 0) return;
    this.deferred[i] = 0;
    this.later(this.engine.now, ADVANCE, i, k - 1, 1); // k − 1: the move's index in LIFECYCLE_STATUSES
  }

  private request(i: number, clean: boolean): void {
    const claim = this.claimOf(i);
    if (!claim || claim.withdrawal !== 'none') return;
    const d = this.exec({ kind: 'RequestWithdrawal', claim: claim.id, message: this.sellerText(i, claim.requests + 1, 0, clean) });
    if (d.ok) return;
    if (d.refusal.code === 'PII_IN_MESSAGE' && !clean) this.later(this.engine.now + PII_RETRY_MS, REQUEST, i, 1, 0);
    else if (d.refusal.code === 'INELIGIBLE_STATUS' || d.refusal.code === 'CLAIM_CLOSED') this.escalate(i);
  }

  private reRequest(i: number, j: number, clean = false): void {
    const claim = this.claimOf(i);
    if (!claim || claim.withdrawal !== 'on_hold') return;
    const d = this.exec({ kind: 'ReRequestWithdrawal', claim: claim.id, message: this.sellerText(i, claim.requests + 1, 0, clean) });
    if (d.ok) return;
    if (d.refusal.code === 'COOLDOWN_ACTIVE' && d.refusal.until !== undefined && this.tries[i]! < 8) {
      // The refusal says when the cooldown ends (R12): try again after it.
      this.tries[i]!++;
      const seller = this.pop.sellers[this.sellerProfile[i]!]!;
      const retry = d.refusal.until + Math.round(seller.reRequest.retryDelay(this.pop.draw(i, Purpose.afterRejection, 4 * j + 3)));
      this.later(retry, RE_REQUEST, i, j, clean ? 1 : 0);
    } else if (d.refusal.code === 'PII_IN_MESSAGE' && !clean) {
      this.later(this.engine.now + PII_RETRY_MS, RE_REQUEST, i, j, 1);
    }
  }

  private answer(i: number, r: number, accept: boolean): void {
    const claim = this.claimOf(i);
    // The buyer answers the request it was asked; a newer one has its own answer.
    if (!claim || claim.requests !== r) return;
    if (accept) {
      this.exec({ kind: 'AcceptWithdrawal', claim: claim.id });
      return;
    }
    const { category, reason } = rejection(this.pop.draw(i, Purpose.text, 4 * r + 1));
    const pii = this.pop.draw(i, Purpose.pii, 4 * r + 1);
    const buyer = this.pop.buyers[this.buyerProfile[i]!]!;
    const text = pii < buyer.pii ? reason + personalData(pii / buyer.pii) : reason;
    const d = this.exec({ kind: 'RejectWithdrawal', claim: claim.id, category, reason: text });
    if (!d.ok && d.refusal.code === 'PII_IN_MESSAGE') {
      this.engine.schedule(this.engine.now + PII_RETRY_MS, () => {
        if (this.claimOf(i)?.requests === r) this.exec({ kind: 'RejectWithdrawal', claim: claim.id, category, reason });
      });
    }
  }

  private cancel(i: number, r: number, from: 'requested' | 'on_hold'): void {
    const claim = this.claimOf(i);
    if (!claim || claim.withdrawal !== from || (r >= 0 && claim.requests !== r)) return;
    this.exec({ kind: 'CancelWithdrawal', claim: claim.id });
  }

  private memo(i: number, from: 'seller' | 'buyer', r: number): void {
    const claim = this.claimOf(i);
    if (!claim) return;
    const slot = from === 'seller' ? 2 : 3;
    const base = memoText(from, this.pop.draw(i, Purpose.text, 4 * r + slot));
    const u = this.pop.draw(i, Purpose.pii, 4 * r + slot);
    const p = from === 'seller' ? this.pop.sellers[this.sellerProfile[i]!]!.pii : this.pop.buyers[this.buyerProfile[i]!]!.pii;
    const d = this.exec({ kind: 'SendMemo', claim: claim.id, from, text: u < p ? base + personalData(u / p) : base });
    if (!d.ok && d.refusal.code === 'PII_IN_MESSAGE') this.engine.schedule(this.engine.now + PII_RETRY_MS, () => this.exec({ kind: 'SendMemo', claim: claim.id, from, text: base }));
  }

  /** R3: an ineligible claim escalated to the support desk. */
  private escalate(i: number): void {
    if (this.flags[i]! & ESCALATED) return;
    const seller = this.pop.sellers[this.sellerProfile[i]!]!;
    if (this.pop.draw(i, Purpose.escalate, 0) >= seller.escalate) return;
    const d = this.exec({ kind: 'ContactSupport', claim: claimId(i), text: supportText() });
    if (d.ok) this.flags[i]! |= ESCALATED;
  }

  // ------------------------------------------------------------------ helpers

  private sellerText(i: number, r: number, slot: number, clean: boolean): string {
    const base = requestMessage(this.pop.draw(i, Purpose.text, 4 * r + slot));
    if (clean) return base;
    const p = this.pop.sellers[this.sellerProfile[i]!]!.pii;
    const u = this.pop.draw(i, Purpose.pii, 4 * r + slot);
    return u < p ? base + personalData(u / p) : base;
  }

  /** The claim while it is still being run (not finished, not dropped). */
  private claimOf(i: number): Claim | undefined {
    return this.held[i];
  }

  private exec(command: Command): Decision {
    const d = this.engine.execute(command);
    if (!d.ok) this.tally.countRefusal(d.refusal.code);
    this.hooks.onCommand?.(command, this.engine.now, d);
    return d;
  }
}
