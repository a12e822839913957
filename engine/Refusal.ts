import type { Instant } from './Calendar.js';
import type { PiiKind } from './pii.js';

/** Refusal codes in the order they are checked (rules.md). */
export const REFUSAL_CODES = [
  'CLAIM_NOT_FOUND',
  'ORDER_NOT_FOUND',
  'CLAIM_CLOSED',
  'NOT_SELLER',
  'NOT_BUYER',
  'INVALID_TRANSITION',
  'INELIGIBLE_STATUS',
  'WITHDRAWAL_ALREADY_OPEN',
  'NO_OPEN_REQUEST',
  'NOT_ON_HOLD',
  'COOLDOWN_ACTIVE',
  'RE_REQUEST_LIMIT',
  'MESSAGE_REQUIRED',
  'PII_IN_MESSAGE',
  // Extensions beyond rules.md: ids that already exist.
  'CLAIM_ALREADY_EXISTS',
  'ORDER_ALREADY_EXISTS',
] as const;
export type RefusalCode = (typeof REFUSAL_CODES)[number];

/** Why the rules refused a command (a refused command changes nothing): its code, and what the party is told. */
export interface Refusal {
  readonly code: RefusalCode;
  readonly message: string;
  /** COOLDOWN_ACTIVE: the instant the cooldown ends. */
  readonly until?: Instant;
  /** INELIGIBLE_STATUS / CLAIM_CLOSED on a withdrawal action: where to go instead (R3). */
  readonly support?: string;
  /** PII_IN_MESSAGE: what was found. */
  readonly pii?: readonly PiiKind[];
}
