/**
 * The agents' moves, scheduled on the engine's clock as one number each (the clock hands it
 * back when the move falls due): which move, for which claim index, with two small operands
 * that say which request, answer or sender. No object per pending move: a run holds one or
 * more per open claim at any time.
 */
export const ADVANCE = 0;
export const REQUEST = 1;
export const RE_REQUEST = 2;
export const ANSWER = 3;
export const CANCEL = 4;
export const MEMO = 5;

/** Operand a is stored as a + 1 in 16 bits (a ≥ −1); b is a flag; the move takes 3 bits. */
const A_SPAN = 1 << 16;
const I_UNIT = A_SPAN * 16;

/** The number for move `move` of claim `i` with operands `a` (−1 … 65534) and `b` (0 or 1). */
export function encodeMove(move: number, i: number, a: number, b: number): number {
  if (a < -1 || a + 1 >= A_SPAN) throw new Error(`move operand ${a} out of range`);
  return i * I_UNIT + (a + 1) * 16 + b * 8 + move;
}

export const moveOf = (code: number): number => code & 7;
export const moveB = (code: number): number => (code >> 3) & 1;
export const moveA = (code: number): number => ((code % I_UNIT) >> 4) - 1;
export const moveClaim = (code: number): number => Math.floor(code / I_UNIT);
