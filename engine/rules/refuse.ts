import type { Decision, Refusal, RefusalCode } from '../types.js';

/** A refusal decision (refusals are returned, never thrown). */
export function refuse(code: RefusalCode, message: string, extra?: Omit<Refusal, 'code' | 'message'>): Decision {
  return { ok: false, refusal: { code, message, ...extra } };
}
