import { isTerminal } from '../claimTypes.js';
import type { Claim } from '../Claim.js';
import type { Decision } from '../Decision.js';
import { SUPPORT_CATEGORY } from '../supportCategory.js';
import type { StateView } from '../StateView.js';
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
  return guardActor(claim, actor, role) ?? claim;
}

/**
 * Refusal group 3: the action's party (rules.md, clarifications: who may act). Null when
 * `actor` is that party, or is not given (the command then acts as its natural party).
 */
export function guardActor(claim: Claim, actor: string | undefined, role: 'seller' | 'buyer' | null): Decision | null {
  if (role === 'seller' && actor !== undefined && actor !== claim.seller) {
    return refuse('NOT_SELLER', `${actor} is not the seller of claim ${claim.id} (${claim.seller} is) (R1)`);
  }
  if (role === 'buyer' && actor !== undefined && actor !== claim.buyer) {
    return refuse('NOT_BUYER', `${actor} is not the buyer of claim ${claim.id} (${claim.buyer} is) (R7)`);
  }
  return null;
}

export function isDecision(x: Claim | Decision): x is Decision {
  return 'ok' in x;
}
