import type { ClaimDetails } from './Claim.js';

const FIRST_CAPACITY = 1024;

/** The columns of the engine's claims, one entry per slot (what `ClaimSlot` reads and writes by name). */
export class ClaimColumns {
  readonly ids: (string | undefined)[] = [];
  readonly order: string[] = [];
  readonly seller: string[] = [];
  readonly buyer: string[] = [];
  /** R9: the buyer's last rejection; R19's free details (undefined when the claim has none). */
  readonly rejection: ({ readonly category: string; readonly reason: string } | null)[] = [];
  readonly details: (ClaimDetails | undefined)[] = [];
  type = new Uint8Array(FIRST_CAPACITY);
  status = new Uint8Array(FIRST_CAPACITY);
  withdrawal = new Uint8Array(FIRST_CAPACITY);
  outcome = new Uint8Array(FIRST_CAPACITY);
  requests = new Uint32Array(FIRST_CAPACITY);
  reRequests = new Uint32Array(FIRST_CAPACITY);
  receivedAt = new Float64Array(FIRST_CAPACITY);
  delayedFrom = new Float64Array(FIRST_CAPACITY);
  leftFirstStatusAt = new Float64Array(FIRST_CAPACITY);
  closedAt = new Float64Array(FIRST_CAPACITY);
  requestedAt = new Float64Array(FIRST_CAPACITY);
  deadline = new Float64Array(FIRST_CAPACITY);
  timeoutAt = new Float64Array(FIRST_CAPACITY);
  rejectionCooldownUntil = new Float64Array(FIRST_CAPACITY);
  cancellationCooldownUntil = new Float64Array(FIRST_CAPACITY);
}
