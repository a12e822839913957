/**
 * The agents' moves. A move waits on the engine's clock as one number (the clock hands it back
 * when the move falls due): no object per pending move, and a run holds one or more per open
 * claim at any time. The number packs the move's kind, its claim index, one operand (which
 * status, request or rejection) and one yes/no (see each kind); `packMove` and `unpackMove`
 * are the only code that knows the layout.
 */
export const MOVE_KINDS = [
  /** operand: the status (index in LIFECYCLE_STATUSES); yes: wait while a withdrawal is open */
  'advance',
  /** yes: the message is sent clean (after a refusal for personal data) */
  'request',
  /** operand: the rejection it answers; yes: clean */
  'reRequest',
  /** operand: the request answered */
  'accept',
  /** operand: the request answered; yes: clean */
  'reject',
  /** operand: the request cancelled (R14, from requested) */
  'cancelRequest',
  /** the seller gives up after a rejection (R14, from on hold) */
  'giveUp',
  /** operand: the request the memo belongs to; yes: clean */
  'sellerMemo',
  /** operand: the request the memo belongs to; yes: clean */
  'buyerMemo',
] as const;
export type MoveKind = (typeof MOVE_KINDS)[number];

/** A move, unpacked. */
export interface Move {
  readonly kind: MoveKind;
  readonly claim: number;
  readonly operand: number;
  readonly yes: boolean;
}

/** The layout, from the low bits: kind (4 bits), yes/no (1 bit), operand (16 bits), then the claim index. */
const KIND_BITS = 4;
const YES_SHIFT = KIND_BITS;
const OPERAND_SHIFT = YES_SHIFT + 1;
/** Operands are 0 … MAX_OPERAND. */
export const MAX_OPERAND = 0xffff;
const CLAIM_UNIT = 2 ** (OPERAND_SHIFT + 16);
/** Claim indices are 0 … MAX_CLAIM (the packed number stays an exact integer). */
export const MAX_CLAIM = Math.floor(Number.MAX_SAFE_INTEGER / CLAIM_UNIT);

const KIND_NUMBER = Object.fromEntries(MOVE_KINDS.map((k, n) => [k, n])) as Record<MoveKind, number>;

/** The number for a move; throws on a claim index or operand it cannot hold (a fault in the caller). */
export function packMove(kind: MoveKind, claim: number, operand: number, yes: boolean): number {
  if (!Number.isInteger(operand) || operand < 0 || operand > MAX_OPERAND) throw new Error(`move operand ${operand} is not in 0..${MAX_OPERAND}`);
  if (!Number.isInteger(claim) || claim < 0 || claim > MAX_CLAIM) throw new Error(`move claim index ${claim} is not in 0..${MAX_CLAIM}`);
  return claim * CLAIM_UNIT + operand * 2 ** OPERAND_SHIFT + (yes ? 2 ** YES_SHIFT : 0) + KIND_NUMBER[kind];
}

// CLAIM_UNIT divides 2^32, so the bit operators (which read a number modulo 2^32) see the low
// fields exactly, however large the claim index.
/** The kind of a packed move. */
export const kindOf = (code: number): MoveKind => MOVE_KINDS[code & (2 ** KIND_BITS - 1)]!;
/** The claim index of a packed move. */
export const claimOf = (code: number): number => Math.floor(code / CLAIM_UNIT);
/** The operand of a packed move. */
export const operandOf = (code: number): number => (code >>> OPERAND_SHIFT) & MAX_OPERAND;
/** The yes/no of a packed move. */
export const yesOf = (code: number): boolean => ((code >>> YES_SHIFT) & 1) === 1;

/** A packed move, as an object (tests and messages; the hot path reads the parts it needs). */
export function unpackMove(code: number): Move {
  return { kind: kindOf(code), claim: claimOf(code), operand: operandOf(code), yes: yesOf(code) };
}
