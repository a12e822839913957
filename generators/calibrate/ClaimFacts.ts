import type { ClaimType, LifecycleStatus } from '../../engine/index.js';

/** A claim's time in one status (lifecycle): until it moved on, or until the log stopped seeing it move. */
export interface Stay {
  readonly status: LifecycleStatus;
  readonly t0: number;
  /** When it moved on (`to`), or when the claim ended or the log did (`to` null: censored). */
  readonly t1: number;
  readonly to: LifecycleStatus | null;
  /** A withdrawal open at t1 (or closed at exactly t1): since when; null when none. */
  readonly openSince: number | null;
  /** The claim moved on while a withdrawal was open (the step does not wait). */
  readonly changedWhileOpen: boolean;
}

/** A withdrawal request and what became of the buyer's answer to it. */
export interface AnswerFact {
  readonly at: number;
  /** When the answer window runs out (00:00 after the deadline date). */
  readonly timeoutAt: number;
  readonly answer: 'accept' | 'reject' | null;
  /** The answer's instant, or when the log stopped waiting for one (timeout, cancel, lapse, the claim's or the log's end). */
  readonly t: number;
  /** The seller cancelled it before an answer (at t). */
  readonly cancelled: boolean;
  readonly reminded: boolean;
}

/** After a rejection: the seller gave up, re-requested, or neither before the log stops. */
export interface RejectionFact {
  readonly at: number;
  readonly cooldownUntil: number;
  readonly next: 'giveUp' | 'reRequest' | null;
  readonly t: number;
}

/** Something done once with a delay from `from`: at `t` (`done`), or not by `t` (censored). */
export interface OnceFact {
  readonly from: number;
  readonly t: number;
  readonly done: boolean;
}

/** How a claim ended, as the validation compares it. */
export type Outcome = 'withdrawn by acceptance' | 'withdrawn by timeout' | 'completed' | 'open at the end';
export const OUTCOMES: readonly Outcome[] = ['withdrawn by acceptance', 'withdrawn by timeout', 'completed', 'open at the end'];

/** What calibration reads from one claim's history. */
export interface ClaimFacts {
  readonly id: string;
  /** The seller's and the buyer's ids as claim_opened names them (a mixture's profile is one per party, not per claim). */
  readonly seller: string;
  readonly buyer: string;
  readonly holdout: boolean;
  readonly type: ClaimType;
  readonly openedAt: number;
  readonly status: LifecycleStatus;
  readonly stays: readonly Stay[];
  /**
   * The seller's first request: when it came, or a refused one seen as an escalation, or neither.
   * `refused`: the spans [from, to) in which a request would have been refused (the claim open in
   * a status not eligible, before the log's end); when absent, from `eligibleUntil` to the claim's
   * or the log's end.
   */
  readonly request: { readonly at: number | null; readonly escalatedAt: number | null; readonly eligibleUntil: number; readonly end: number; readonly refused?: readonly (readonly [number, number])[] };
  readonly answers: readonly AnswerFact[];
  readonly rejections: readonly RejectionFact[];
  readonly sellerMemo: OnceFact | null;
  readonly memoReply: OnceFact | null;
  readonly sellerMessages: number;
  readonly sellerPii: number;
  readonly buyerMessages: number;
  readonly buyerPii: number;
  readonly reRequests: number;
  readonly outcome: Outcome;
  /** When the claim finished (withdrawn or completed), or null. */
  readonly endedAt: number | null;
}
