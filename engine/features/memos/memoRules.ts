import type { Policy } from '../../Policy.js';
import type { Instant } from '../../Calendar.js';
import type { ContactSupport, SendMemo } from '../../Command.js';
import type { Decision } from '../../Decision.js';
import { SUPPORT_CATEGORY } from '../../supportCategory.js';
import type { StateView } from '../../StateView.js';
import { guardActor, guardClaim, isDecision } from '../../rules/guards.js';
import { checkMessage, isRefusal } from '../../rules/messageRules.js';
import { refuse } from '../../rules/refuse.js';

/** R20, R21: a memo between seller and buyer about the claim's order, sent by the party named in `from`. */
export function decideMemo(state: StateView, cmd: SendMemo, now: Instant, policy: Policy): Decision {
  const claim = guardClaim(state, cmd.claim, cmd.actor, cmd.from);
  if (isDecision(claim)) return claim;
  const pii = checkMessage(cmd.text, true, policy, 'the memo');
  if (isRefusal(pii)) return pii;
  return { ok: true, events: [{ kind: 'MemoSent', at: now, claim: claim.id, order: claim.order, from: cmd.from, text: cmd.text, pii }] };
}

/** R3: the seller's escalation to the support desk is accepted in every status, terminal ones included. */
export function decideSupport(state: StateView, cmd: ContactSupport, now: Instant): Decision {
  const claim = state.claim(cmd.claim);
  if (!claim) return refuse('CLAIM_NOT_FOUND', `no claim "${cmd.claim}"`);
  const notSeller = guardActor(claim, cmd.actor, 'seller');
  if (notSeller) return notSeller;
  return { ok: true, events: [{ kind: 'SupportContacted', at: now, claim: claim.id, category: SUPPORT_CATEGORY, text: cmd.text }] };
}
