import {
  type ClaimEvent,
  DEFAULT_POLICY,
  type InvariantChecker,
  type Policy,
  type Violation,
  createInvariantChecker,
  daysFromCivil,
} from '../../../engine/index.js';

/**
 * Hand-built event logs for the checker's unit tests. Instants are Tokyo wall times
 * written out (UTC+9, no daylight saving), dates are literal day numbers: the expected
 * values come from the manual's examples, not from the engine or the checker.
 */
const HOUR = 3_600_000;

/** An instant at a Tokyo wall time in 2021. */
export function tokyo(month: number, day: number, hour = 0, minute = 0, second = 0, ms = 0): number {
  return Date.UTC(2021, month - 1, day, hour, minute, second, ms) - 9 * HOUR;
}

/** A date in 2021 as a day number. */
export function date(month: number, day: number): number {
  return daysFromCivil(2021, month, day);
}

export const placed = (at: number, order = 'O1', buyer = 'B1'): ClaimEvent => ({
  kind: 'OrderPlaced', at, order, seller: 'S1', buyer, orderedAt: null, shippedAt: null,
});

export const opened = (at: number, claim = 'C1', status: 'return_requested' | 'returning' | 'cancel_requested' = 'return_requested', buyer = 'B1'): ClaimEvent => ({
  kind: 'ClaimOpened', at, claim, order: 'O1', seller: 'S1', buyer, type: status === 'cancel_requested' ? 'cancel' : 'return', status,
  receivedAt: at, delayedFrom: at + 4 * 24 * HOUR,
});

export const advanced = (at: number, from: string, to: string, claim = 'C1'): ClaimEvent =>
  ({ kind: 'ClaimAdvanced', at, claim, from, to }) as ClaimEvent;

export interface RequestFields {
  deadline: number;
  timeoutAt: number;
  pendingWithdrawals: number;
  reRequest?: boolean;
  request?: number;
  claim?: string;
}
export const requested = (at: number, f: RequestFields): ClaimEvent => ({
  kind: 'WithdrawalRequested', at, claim: f.claim ?? 'C1', reRequest: f.reRequest ?? false, request: f.request ?? 1,
  message: 'please withdraw', deadline: f.deadline, timeoutAt: f.timeoutAt, pendingWithdrawals: f.pendingWithdrawals, pii: [],
});

export const accepted = (at: number, pendingWithdrawals = 0, claim = 'C1'): ClaimEvent => ({ kind: 'WithdrawalAccepted', at, claim, pendingWithdrawals });

export const rejected = (at: number, cooldownUntil: number | null, pendingWithdrawals = 0, claim = 'C1'): ClaimEvent => ({
  kind: 'WithdrawalRejected', at, claim, category: 'other', reason: 'no', cooldownUntil, pendingWithdrawals, pii: [],
});

export const cancelled = (at: number, from: 'requested' | 'on_hold', cooldownUntil: number | null, pendingWithdrawals = 0, claim = 'C1'): ClaimEvent => ({
  kind: 'WithdrawalCancelled', at, claim, from, cooldownUntil, pendingWithdrawals,
});

export const timedOut = (at: number, request = 1, pendingWithdrawals = 0, claim = 'C1'): ClaimEvent => ({
  kind: 'WithdrawalTimedOut', at, claim, request, pendingWithdrawals,
});

export const lapsed = (at: number, cause: 'timeout' | 'ineligible_status', pendingWithdrawals = 0, claim = 'C1'): ClaimEvent => ({
  kind: 'WithdrawalLapsed', at, claim, cause, pendingWithdrawals,
});

export const memo = (at: number, claim = 'C1'): ClaimEvent => ({ kind: 'MemoSent', at, claim, order: 'O1', from: 'seller', text: 'hello', pii: [] });

export const support = (at: number, claim = 'C1'): ClaimEvent => ({
  kind: 'SupportContacted', at, claim, category: 'refund / claim withdrawal › claim withdrawal', text: 'help',
});

/** The manual's §1 example: an order and a return claim on 7/20, a request on 7/29 10:00 (deadline 8/4). */
export const MANUAL_REQUEST = requested(tokyo(7, 29, 10), { deadline: date(8, 4), timeoutAt: tokyo(8, 5), pendingWithdrawals: 1 });
export const setup = (): ClaimEvent[][] => [[placed(tokyo(7, 20, 9))], [opened(tokyo(7, 20, 9))]];

/** Feeds decisions (one array of events each) to a fresh checker. */
export function check(decisions: readonly (readonly ClaimEvent[])[], policy: Policy = DEFAULT_POLICY): InvariantChecker {
  const checker = createInvariantChecker(policy);
  for (const d of decisions) checker.observe(d);
  return checker;
}

/** The invariant ids reported, in order. */
export function ids(violations: readonly Violation[]): string[] {
  return violations.map((v) => v.invariant);
}
