import type { Decision } from '../Decision.js';
import type { Refusal, RefusalCode } from '../Refusal.js';

/** A refusal decision (refusals are returned, never thrown). */
export function refuse(code: RefusalCode, message: string, extra?: Omit<Refusal, 'code' | 'message'>): Decision {
  return { ok: false, refusal: { code, message, ...extra } };
}
