import { claimOf } from '../claimFolds.js';
import type { Feature } from '../Feature.js';

/** How a dated change's re-timings enter the state (R10a, R15a): the deadline and timeout, or the cooldown ends, the event carries. */
export const datedChangesEvolves: Feature['evolves'] = {
  DeadlineRetimed: (state, e) => {
    const claim = claimOf(state, e.claim);
    claim.deadline = e.deadline;
    claim.timeoutAt = e.timeoutAt;
  },
  CooldownRetimed: (state, e) => {
    const claim = claimOf(state, e.claim);
    claim.rejectionCooldownUntil = e.rejectionCooldownUntil;
    claim.cancellationCooldownUntil = e.cancellationCooldownUntil;
  },
};
