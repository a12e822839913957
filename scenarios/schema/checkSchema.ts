import { z } from 'zod';
import {
  BOARD_ROW_NAMES,
  ClaimStatusName,
  ClaimTypeName,
  Count,
  DateText,
  DateTimeText,
  Duration,
  Flag,
  Id,
  LIST_COLUMNS,
  OutcomeName,
  Text,
  WithdrawalName,
  namedRecord,
} from './fields.js';

/** `check: claims: C1:` — only the fields written are compared (v1, plus `piiWarnings` and `rejectionCategory`). */
export const ClaimExpectation = z.strictObject({
  status: ClaimStatusName.optional(),
  withdrawal: WithdrawalName.optional(),
  outcome: OutcomeName.nullable().optional(),
  deadline: DateText.nullable().optional(),
  reRequests: Count.optional(),
  cooldownUntil: DateTimeText.nullable().optional(),
  delayed: Flag.optional(),
  piiWarnings: Count.optional(),
  rejectionCategory: Text.nullable().optional(),
});

export const BuyerExpectation = z.strictObject({ pendingWithdrawals: Count.optional(), unansweredMemos: Count.optional() });
export const SellerExpectation = z.strictObject({ unansweredMemos: Count.optional() });

/** The state expectations a check (and an interval expectation) can carry. */
const stateShape = {
  claims: z.record(Id, ClaimExpectation).optional(),
  board: namedRecord('board row', BOARD_ROW_NAMES, Count).optional(),
  buyers: z.record(Id, BuyerExpectation).optional(),
  sellers: z.record(Id, SellerExpectation).optional(),
};

const Period = z.strictObject({ from: DateText.optional(), to: DateText.optional() });

/** Extension (R19): the claim list search and its spreadsheet rows. */
export const SearchExpectation = z.strictObject({
  type: ClaimTypeName.optional(),
  status: ClaimStatusName.optional(),
  withdrawal: WithdrawalName.optional(),
  orderDate: Period.optional(),
  claimDate: Period.optional(),
  found: z.array(Id).optional(),
  rows: z.record(Id, namedRecord('claim list column', LIST_COLUMNS, Text)).optional(),
});

/** Extension: an expectation over an interval (eventually, never, always). */
export const IntervalExpectation = z.strictObject({ within: Duration.optional(), ...stateShape });

export const Check = z.strictObject({
  ...stateShape,
  invariants: z.literal('clean', { error: 'must be "clean" (the only invariant expectation)' }).optional(),
  search: SearchExpectation.optional(),
  eventually: IntervalExpectation.optional(),
  never: IntervalExpectation.optional(),
  always: IntervalExpectation.optional(),
});

export type CheckInput = z.infer<typeof Check>;
export type StateExpectationInput = Pick<CheckInput, 'claims' | 'board' | 'buyers' | 'sellers'>;
export type IntervalInput = z.infer<typeof IntervalExpectation>;
export type SearchInput = z.infer<typeof SearchExpectation>;
