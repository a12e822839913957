import type { Party } from '../../engine/index.js';
import { MessageSlot } from '../random/Purpose.js';
import { memoText, withPersonalData } from '../names/messages.js';
import { type AgentContext, PII_RETRY_MS } from './AgentContext.js';

/**
 * R20: `from` sends its memo of request r on claim i; refused for personal data (R21), it is
 * sent again clean a little later. The clean retry goes out even if the claim finished in
 * between (the engine then refuses it, and the refusal is counted).
 */
export function sendMemo(ctx: AgentContext, i: number, from: Party, r: number, clean: boolean, piiChance: number): void {
  if (!clean && !ctx.claims.isHeld(i)) return;
  const slot = from === 'seller' ? MessageSlot.sellerMemo : MessageSlot.buyerMemo;
  const base = memoText(from, ctx.draw.message.text(i, r, slot));
  const text = clean ? base : withPersonalData(base, ctx.draw.message.pii(i, r, slot), piiChance);
  const d = ctx.act({ kind: 'SendMemo', claim: ctx.claims.id(i), from, text });
  if (clean || d.ok || d.refusal.code !== 'PII_IN_MESSAGE') return;
  const at = ctx.now() + PII_RETRY_MS;
  if (from === 'seller') ctx.moves.sellerMemo(at, i, r, true);
  else ctx.moves.buyerMemo(at, i, r, true);
}
