import type { Policy } from '../Policy.js';
import { detectPii, type PiiKind } from '../pii.js';
import type { Decision } from '../Decision.js';
import { refuse } from './refuse.js';

const NO_PII: readonly PiiKind[] = Object.freeze([]);

/** True when checkMessage refused (a Decision) rather than returning the PII found. */
export function isRefusal(x: readonly PiiKind[] | Decision): x is Decision {
  return !Array.isArray(x);
}

/**
 * R4 / R11 / R21: refusal group 7 for a message. Returns the PII found (to record a
 * warning) or a refusal. `required` says whether an empty message is refused.
 */
export function checkMessage(text: string, required: boolean, policy: Policy, what: string): readonly PiiKind[] | Decision {
  if (required && text.trim() === '') {
    return refuse('MESSAGE_REQUIRED', `${what} must not be empty (R4)`);
  }
  if (policy.piiCheck === 'off') return NO_PII;
  const pii = detectPii(text);
  if (pii.length === 0) return NO_PII;
  if (policy.piiCheck === 'block') {
    return refuse('PII_IN_MESSAGE', `${what} carries personal data (${pii.join(', ')}); remove it (R21)`, { pii });
  }
  return pii;
}
