import type { ClaimEvent, ClaimStatus, Command, Decision, Engine, InvariantChecker, Instant, LifecycleStatus } from '../../engine/index.js';
import { isTerminal } from '../../engine/index.js';
import { FINAL_OUTCOMES, type FinalOutcome } from '../Summary.js';
import type { AgentContext } from '../agents/AgentContext.js';
import { Buyer } from '../agents/Buyer.js';
import { claimDraws } from '../agents/ClaimDraws.js';
import { Lifecycle } from '../agents/Lifecycle.js';
import { Seller } from '../agents/Seller.js';
import type { SummaryTally } from '../summary/SummaryTally.js';
import { tallyFinishedClaim } from '../summary/tallyFinishedClaim.js';
import { ClaimRecords } from '../records/ClaimRecords.js';
import type { CompiledPopulation } from '../population/CompiledPopulation.js';
import type { DriverHooks } from './DriverHooks.js';
import { FinishedClaimRecord } from '../records/FinishedClaimRecord.js';
import { claimId, claimIndexOf } from '../records/generatedIds.js';
import { type MoveHandler, MoveQueue } from '../agents/MoveQueue.js';
import type { FeatureEvent } from '../../engine/features/vocabulary.js';
import { dispatchReactions } from '../reactions/dispatchReactions.js';
import { REACTIONS } from '../reactions/index.js';
import type { AnyReaction } from '../reactions/Reaction.js';

const OUTCOME_NUMBER = Object.fromEntries(FINAL_OUTCOMES.map((o, k) => [o, k])) as Record<FinalOutcome, number>;
/** In finalOutcomes: a claim this run did not hold (another shard's or worker's). */
const NOT_RUN = 255;

export type { DriverHooks };

/**
 * The sellers, buyers and claims of a population acting on the engine. Each claim's seller,
 * buyer and lifecycle react to its events by putting their next move on the engine's clock,
 * drawing every choice from the claim's own stream for that decision (so a claim behaves the
 * same under two policies as far as the rules let it). What the agents know of a claim they
 * learn from the events (ClaimRecords), never from the engine's state. Finished claims are
 * folded into the tally and dropped from the engine and the checker.
 */
export class ClaimDriver implements MoveHandler {
  /** Per claim index: the final outcome's index in FINAL_OUTCOMES (255: not run). */
  readonly finalOutcomes: Uint8Array;
  private readonly claims: ClaimRecords;
  private readonly lifecycle: Lifecycle;
  private readonly seller: Seller;
  private readonly buyer: Buyer;
  /** The sellers' reactions to the features' events (generators/reactions); a kind none registers is ignored. */
  private readonly reactions: (e: FeatureEvent) => void;
  /** Claims that finished in the decision being observed, folded once its events are seen. */
  private readonly finishing: number[] = [];
  /** The record the tally reads when no hook keeps one. */
  private readonly forTally = new FinishedClaimRecord();
  /** Seller and buyer ids by index, made on first use: every claim of a seller (a buyer) shares the one string. */
  private readonly sellerIds: (string | undefined)[];
  private readonly buyerIds: (string | undefined)[];

  constructor(
    private readonly pop: CompiledPopulation,
    private readonly engine: Engine,
    private readonly checker: InvariantChecker,
    private readonly tally: SummaryTally,
    private readonly hooks: DriverHooks,
    /** The sellers' reactions: REACTIONS but in tests, which give none to see a feature's event ignored (the draws and profile values stay REACTIONS'). */
    reactions: readonly AnyReaction[] = REACTIONS,
  ) {
    const n = pop.claims;
    this.finalOutcomes = new Uint8Array(n).fill(NOT_RUN);
    this.claims = new ClaimRecords(n);
    const moves = new MoveQueue(engine);
    moves.handleWith(this);
    const ctx: AgentContext = { pop, draw: claimDraws(pop.seed), claims: this.claims, moves, act: (c) => this.act(c), now: () => engine.now };
    this.lifecycle = new Lifecycle(ctx);
    this.seller = new Seller(ctx);
    this.buyer = new Buyer(ctx);
    this.reactions = dispatchReactions(this.seller.side, ctx.draw.seller.reactions, reactions);
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
    this.seller.assign(i, pop.sellerProfileOf(seller));
    this.buyer.assign(i, pop.buyerProfileOf(buyer));
    this.tally.claims++;
    const details = this.hooks.details;
    const order = `O${i}`;
    const sellerId = (this.sellerIds[seller] ??= `S${seller}`);
    const buyerId = (this.buyerIds[buyer] ??= `B${buyer}`);
    this.act(
      details
        ? { kind: 'PlaceOrder', order, seller: sellerId, buyer: buyerId, ...details(i) }
        : { kind: 'PlaceOrder', order, seller: sellerId, buyer: buyerId },
    );
    this.act({ kind: 'OpenClaim', claim: claimId(i), order, type, status: pop.initialStatusOf(i, type) });
  }

  /** The horizon ended (or the run stopped) at `now`: fold every claim still held. */
  finishAll(now: Instant): void {
    for (const i of this.claims.heldIndices()) this.fold(i, now, false);
  }

  // ------------------------------------------------------------------ moves (MoveHandler)

  advance(i: number, to: LifecycleStatus, waitForWithdrawal: boolean): void {
    this.lifecycle.advance(i, to, waitForWithdrawal);
  }
  request(i: number, clean: boolean): void {
    this.seller.request(i, clean);
  }
  reRequest(i: number, rejection: number, clean: boolean): void {
    this.seller.reRequest(i, rejection, clean);
  }
  accept(i: number, request: number): void {
    this.buyer.accept(i, request);
  }
  reject(i: number, request: number, clean: boolean): void {
    this.buyer.reject(i, request, clean);
  }
  cancelRequest(i: number, request: number): void {
    this.seller.cancelRequest(i, request);
  }
  giveUp(i: number): void {
    this.seller.giveUp(i);
  }
  sellerMemo(i: number, request: number, clean: boolean): void {
    this.seller.memo(i, request, clean);
  }
  buyerMemo(i: number, request: number, clean: boolean): void {
    this.buyer.memo(i, request, clean);
  }

  // ------------------------------------------------------------------ reactions

  /** One decision's events: first what they say of each claim, then who reacts to them. */
  private observe(events: readonly ClaimEvent[]): void {
    this.hooks.onEvents?.(events);
    for (const e of events) this.claims.observe(e);
    for (const e of events) this.react(e);
    while (this.finishing.length) {
      const i = this.finishing.pop()!;
      if (this.claims.isHeld(i)) this.fold(i, this.engine.now, true);
    }
  }

  private react(e: ClaimEvent): void {
    const tally = this.tally;
    tally.countEvent(e.kind);
    switch (e.kind) {
      case 'OrderPlaced':
      case 'SupportContacted':
        break;
      case 'BuyerReminded':
        this.buyer.reminded(claimIndexOf(e.claim), e.request, e.at);
        break;
      case 'ClaimOpened': {
        const i = claimIndexOf(e.claim);
        this.lifecycle.entered(i, e.status, e.at);
        this.seller.claimOpened(i, e.type, e.at);
        break;
      }
      case 'ClaimAdvanced':
        this.statusChanged(claimIndexOf(e.claim), e.to, e.at);
        break;
      case 'WithdrawalRequested': {
        tally.requests++;
        tally.periods?.requested(claimIndexOf(e.claim), e.at);
        if (e.pii.length) tally.piiWarnings++;
        const i = claimIndexOf(e.claim);
        this.buyer.requested(i, e.request, e.at, e.timeoutAt);
        this.seller.requested(i, e.request, e.at);
        break;
      }
      case 'WithdrawalRejected':
        if (e.pii.length) tally.piiWarnings++;
        this.seller.rejected(claimIndexOf(e.claim), e.at, e.cooldownUntil);
        break;
      case 'WithdrawalAccepted':
      case 'WithdrawalTimedOut':
        this.finishing.push(claimIndexOf(e.claim));
        break;
      case 'WithdrawalLapsed':
      case 'WithdrawalCancelled':
        this.lifecycle.withdrawalClosed(claimIndexOf(e.claim));
        break;
      // A dated change re-timed a deadline or a cooldown: the agents keep the plans they made.
      case 'DeadlineRetimed':
      case 'CooldownRetimed':
        break;
      case 'MemoSent':
        tally.memos++;
        if (e.pii.length) tally.piiWarnings++;
        if (e.from === 'seller') this.buyer.memoReceived(claimIndexOf(e.claim));
        break;
      default: {
        // Only a feature's event reaches here: the compiler refuses a switch that leaves out an
        // engine kind. The reactions take it (ignored when none registers its kind) and throw
        // for a kind that is no feature's.
        const feature: FeatureEvent = e;
        this.reactions(feature);
      }
    }
  }

  private statusChanged(i: number, to: ClaimStatus, at: Instant): void {
    if (isTerminal(to)) this.finishing.push(i);
    else this.lifecycle.entered(i, to, at);
  }

  /** Claim i is finished (or the horizon ended): into the tally, out to the hooks, and dropped when `drop`. */
  private fold(i: number, at: Instant, drop: boolean): void {
    const hook = this.hooks.onClaimFinished;
    const claim = hook ? this.claims.finished(i, at) : this.claims.finished(i, at, this.forTally);
    this.finalOutcomes[i] = OUTCOME_NUMBER[tallyFinishedClaim(this.tally, claim)];
    hook?.(claim, this.claims.heldClaims);
    this.claims.drop(i);
    if (drop) {
      this.checker.forget(claim.id);
      this.engine.evict(claim.id);
    }
  }

  private act(command: Command): Decision {
    this.hooks.beforeCommand?.(command);
    const d = this.engine.execute(command);
    if (!d.ok) this.tally.countRefusal(d.refusal.code);
    this.hooks.onCommand?.(command, this.engine.now, d);
    return d;
  }
}
