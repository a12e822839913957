import { type Engine, type Instant, type LifecycleStatus, LIFECYCLE_STATUSES, type ScheduledAction } from '../../engine/index.js';
import { claimOf, kindOf, operandOf, packMove, yesOf } from './Move.js';

/** What runs the moves when they fall due: one method per kind of move. */
export interface MoveHandler {
  advance(i: number, to: LifecycleStatus, waitForWithdrawal: boolean): void;
  request(i: number, clean: boolean): void;
  reRequest(i: number, rejection: number, clean: boolean): void;
  accept(i: number, request: number): void;
  reject(i: number, request: number, clean: boolean): void;
  cancelRequest(i: number, request: number): void;
  giveUp(i: number): void;
  sellerMemo(i: number, request: number, clean: boolean): void;
  buyerMemo(i: number, request: number, clean: boolean): void;
}

/** Where the agents put their moves: one method per kind of move, each with the instant it falls due. */
export interface Moves {
  advance(at: Instant, i: number, to: LifecycleStatus, waitForWithdrawal: boolean): void;
  request(at: Instant, i: number, clean: boolean): void;
  reRequest(at: Instant, i: number, rejection: number, clean: boolean): void;
  accept(at: Instant, i: number, request: number): void;
  reject(at: Instant, i: number, request: number, clean: boolean): void;
  cancelRequest(at: Instant, i: number, request: number): void;
  giveUp(at: Instant, i: number): void;
  sellerMemo(at: Instant, i: number, request: number, clean: boolean): void;
  buyerMemo(at: Instant, i: number, request: number, clean: boolean): void;
}

const STATUS_NUMBER = new Map(LIFECYCLE_STATUSES.map((s, k) => [s, k]));

/**
 * The agents' moves waiting on the engine's clock, each one packed number (Move.ts): a move
 * is put on the queue by name, and handed to the handler by name when it falls due.
 */
export class MoveQueue implements Moves, ScheduledAction {
  private handler: MoveHandler | undefined;

  constructor(private readonly engine: Engine) {}

  /** Who runs the moves (set once, before the first falls due). */
  handleWith(handler: MoveHandler): void {
    this.handler = handler;
  }

  advance(at: Instant, i: number, to: LifecycleStatus, waitForWithdrawal: boolean): void {
    this.put(at, packMove('advance', i, STATUS_NUMBER.get(to)!, waitForWithdrawal));
  }
  request(at: Instant, i: number, clean: boolean): void {
    this.put(at, packMove('request', i, 0, clean));
  }
  reRequest(at: Instant, i: number, rejection: number, clean: boolean): void {
    this.put(at, packMove('reRequest', i, rejection, clean));
  }
  accept(at: Instant, i: number, request: number): void {
    this.put(at, packMove('accept', i, request, false));
  }
  reject(at: Instant, i: number, request: number, clean: boolean): void {
    this.put(at, packMove('reject', i, request, clean));
  }
  cancelRequest(at: Instant, i: number, request: number): void {
    this.put(at, packMove('cancelRequest', i, request, false));
  }
  giveUp(at: Instant, i: number): void {
    this.put(at, packMove('giveUp', i, 0, false));
  }
  sellerMemo(at: Instant, i: number, request: number, clean: boolean): void {
    this.put(at, packMove('sellerMemo', i, request, clean));
  }
  buyerMemo(at: Instant, i: number, request: number, clean: boolean): void {
    this.put(at, packMove('buyerMemo', i, request, clean));
  }

  /** The engine's clock hands back a move that fell due. */
  run(_engine: Engine, code: number): void {
    const h = this.handler!;
    const i = claimOf(code);
    const kind = kindOf(code);
    switch (kind) {
      case 'advance':
        h.advance(i, LIFECYCLE_STATUSES[operandOf(code)]!, yesOf(code));
        break;
      case 'request':
        h.request(i, yesOf(code));
        break;
      case 'reRequest':
        h.reRequest(i, operandOf(code), yesOf(code));
        break;
      case 'accept':
        h.accept(i, operandOf(code));
        break;
      case 'reject':
        h.reject(i, operandOf(code), yesOf(code));
        break;
      case 'cancelRequest':
        h.cancelRequest(i, operandOf(code));
        break;
      case 'giveUp':
        h.giveUp(i);
        break;
      case 'sellerMemo':
        h.sellerMemo(i, operandOf(code), yesOf(code));
        break;
      case 'buyerMemo':
        h.buyerMemo(i, operandOf(code), yesOf(code));
        break;
      default: {
        const unreachable: never = kind;
        throw new Error(`unknown move ${String(unreachable)}`);
      }
    }
  }

  private put(at: Instant, code: number): void {
    this.engine.scheduleAction(at, this, code);
  }
}
