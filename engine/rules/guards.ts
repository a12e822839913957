import { isTerminal } from '../claimTypes.js';
import type { Claim, Decision } from '../types.js';
import type { StateView } from '../StateView.js';
import { SUPPORT_CATEGORY } from '../types.js';
import { refuse } from './refuse.js';

/** Refusal groups 1-3 for an action on a claim: found, not closed, right actor. */
export function guardClaim(
  state: StateView,
  claimId: string,
  actor: string | undefined,
  role: 'seller' | 'buyer' | null,
): Claim | Decision {
  const claim = state.claim(claimId);
  if (!claim) return refuse('CLAIM_NOT_FOUND', `no claim "${claimId}"`);
  if (isTerminal(claim.status)) {
    return refuse('CLAIM_CLOSED', `claim ${claimId} is closed (${claim.status}); only support can act on it now (R3)`, {
      support: SUPPORT_CATEGORY,
    });
  }
  if (role === 'seller' && actor !== undefined && actor !== claim.seller) {
    return refuse('NOT_SELLER', `${actor} is not the seller of claim ${claimId} (${claim.seller} is) (R1)`);
  }
  if (role === 'buyer' && actor !== undefined && actor !== claim.buyer) {
    return refuse('NOT_BUYER', `${actor} is not the buyer of claim ${claimId} (${claim.buyer} is) (R7)`);
  }
  return claim;
}

export function isDecision(x: Claim | Decision): x is Decision {
  return 'ok' in x;
}
