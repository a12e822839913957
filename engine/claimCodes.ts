import { CLAIM_STATUSES, CLAIM_TYPES, type ClaimStatus, type ClaimType } from './claimTypes.js';
import type { Outcome, WithdrawalState } from './Claim.js';

/**
 * The small numbers `ClaimStore` keeps a claim's names by: a claim type, status, withdrawal
 * state or outcome is its index in one of these lists; an instant is a number, NaN for none.
 */
const WITHDRAWALS: readonly WithdrawalState[] = ['none', 'requested', 'on_hold'];
const OUTCOMES: readonly (Outcome | null)[] = [null, 'accepted', 'timeout'];
const STATUS_CODE = new Map<ClaimStatus, number>(CLAIM_STATUSES.map((s, i) => [s, i]));
const TYPE_CODE = new Map<ClaimType, number>(CLAIM_TYPES.map((t, i) => [t, i]));

export const statusCode = (s: ClaimStatus): number => STATUS_CODE.get(s)!;
export const statusName = (code: number): ClaimStatus => CLAIM_STATUSES[code]!;
export const typeCode = (t: ClaimType): number => TYPE_CODE.get(t)!;
export const typeName = (code: number): ClaimType => CLAIM_TYPES[code]!;
export const withdrawalCode = (w: WithdrawalState): number => WITHDRAWALS.indexOf(w);
export const withdrawalName = (code: number): WithdrawalState => WITHDRAWALS[code]!;
export const outcomeCode = (o: Outcome | null): number => OUTCOMES.indexOf(o);
export const outcomeName = (code: number): Outcome | null => OUTCOMES[code]!;

/** NaN, the columns' "none", read back as null. */
export const orNull = (x: number): number | null => (Number.isNaN(x) ? null : x);
