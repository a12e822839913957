import type { ClaimEvent } from './ClaimEvent.js';
import type { Refusal } from './Refusal.js';

/** What the rules return for a command: the events it causes, or the refusal that stops it (nothing changes then). */
export type Decision =
  | { readonly ok: true; readonly events: readonly ClaimEvent[] }
  | { readonly ok: false; readonly refusal: Refusal };
