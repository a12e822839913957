import type { ClaimListKey, ClaimStatus, ClaimType, Command, Instant, Outcome, Policy, RefusalCode, WithdrawalState } from '../engine/index.js';
import type { ActionName } from './schema/fields.js';

/** A scenario ready to run: every date an instant, every action an engine command. */
export interface Scenario {
  /** The path as given (used in every message and report). */
  readonly file: string;
  readonly name: string;
  readonly description: string;
  readonly tags: readonly string[];
  readonly policy: Policy;
  readonly start: Instant;
  /** PlaceOrder / OpenClaim commands for `orders:` and `claims:`, executed at `start`. */
  readonly setup: readonly Command[];
  readonly steps: readonly Step[];
}

/** One step, numbered from 1 in file order, at the instant its `at:` / `advance:` resolves to. */
export interface Step {
  readonly number: number;
  readonly line: number;
  readonly at: Instant;
  readonly action?: StepAction;
  readonly check?: Check;
}

export interface StepAction {
  readonly name: ActionName;
  readonly command: Command;
  /** How the action reads in messages, e.g. `request_withdrawal C1`. */
  readonly label: string;
  readonly expect?: { readonly error: RefusalCode; readonly until?: Instant; readonly support?: boolean };
}

export interface ClaimExpectation {
  readonly status?: ClaimStatus;
  readonly withdrawal?: WithdrawalState;
  readonly outcome?: Outcome | null;
  readonly deadline?: string | null;
  readonly reRequests?: number;
  readonly cooldownUntil?: Instant | null;
  readonly delayed?: boolean;
  readonly piiWarnings?: number;
  /** R9: the category of the buyer's latest rejection, as the seller is shown it (null: none). */
  readonly rejectionCategory?: string | null;
}

/** What a check compares (only what was written). */
export interface StateExpectation {
  readonly claims?: Readonly<Record<string, ClaimExpectation>>;
  readonly board?: Readonly<Record<string, number>>;
  readonly buyers?: Readonly<Record<string, { readonly pendingWithdrawals?: number; readonly unansweredMemos?: number }>>;
  readonly sellers?: Readonly<Record<string, { readonly unansweredMemos?: number }>>;
}

/** Extension (R19): a claim list search; `to` bounds are inclusive instants. */
export interface SearchExpectation {
  readonly type?: ClaimType;
  readonly status?: ClaimStatus;
  readonly withdrawal?: WithdrawalState;
  readonly period?: { readonly by: 'orderDate' | 'claimDate'; readonly from?: Instant; readonly to?: Instant };
  readonly found?: readonly string[];
  readonly rows?: Readonly<Record<string, Partial<Record<ClaimListKey, string>>>>;
}

export type IntervalKind = 'eventually' | 'never' | 'always';

/** Extension: an expectation over [step instant, until] (until null: to the end of the run). */
export interface IntervalExpectation {
  readonly kind: IntervalKind;
  readonly until: Instant | null;
  /** How the interval reads in messages, e.g. `within 7 days`. */
  readonly label: string;
  readonly expect: StateExpectation;
}

export interface Check extends StateExpectation {
  readonly invariants?: 'clean';
  readonly search?: SearchExpectation;
  readonly intervals?: readonly IntervalExpectation[];
}
