import { describe, expect, it } from 'vitest';
import { makePolicy } from '../../../engine/index.js';
import { PII_RETRY_MS } from '../../../generators/agents/AgentContext.js';
import { Buyer } from '../../../generators/agents/Buyer.js';
import { DAY, HOUR, agentHarness } from './agentHarness.js';

/** The test buyer accepts with chance 0.5, rejects with 0.25, stays silent with 0.25. */
describe('the buyer', () => {
  it('answers request r by its answer draw for r: accept under 0.5, reject under 0.75, silence above, each after its own delay', () => {
    const answers = [0.2, 0.6, 0.9];
    const h = agentHarness({ draws: { buyer: { answer: (_i, r) => answers[r]! } } });
    const buyer = new Buyer(h.ctx);
    for (const r of [0, 1, 2]) buyer.requested(0, r, r * 10 * DAY, r * 10 * DAY + 7 * DAY);
    expect(h.planned).toEqual([
      { kind: 'accept', at: 1 * DAY, claim: 0, args: [0] },
      { kind: 'reject', at: 10 * DAY + 2 * DAY, claim: 0, args: [1, false] },
    ]);
  });

  it('answers only the request it was asked: a newer request has its own answer', () => {
    const h = agentHarness();
    h.open();
    h.ctx.act({ kind: 'RequestWithdrawal', claim: 'C0', message: 'please' });
    const buyer = new Buyer(h.ctx);
    buyer.accept(0, 2);
    buyer.reject(0, 0, false);
    expect(h.issued()).toEqual(['RequestWithdrawal']);
    buyer.accept(0, 1);
    expect(h.issued()).toEqual(['RequestWithdrawal', 'AcceptWithdrawal']);
    expect(h.claims.finished(0, h.engine.now).outcome).toBe('accepted');
  });

  it('rejects with the reason drawn for the request, and sends a rejection refused for personal data again clean later (R21)', () => {
    const h = agentHarness({ policy: makePolicy({ piiCheck: 'block' }), draws: { message: { text: () => 0.3, pii: () => 0.1 } } });
    h.open();
    h.ctx.act({ kind: 'RequestWithdrawal', claim: 'C0', message: 'please' });
    const buyer = new Buyer(h.ctx);
    buyer.reject(0, 1, false);
    expect(h.issued()).toEqual(['RequestWithdrawal', 'RejectWithdrawal: PII_IN_MESSAGE']);
    expect(h.planned).toEqual([{ kind: 'reject', at: h.engine.now + PII_RETRY_MS, claim: 0, args: [1, true] }]);
    buyer.reject(0, 1, true);
    expect(h.commands[2]!.command).toEqual({ kind: 'RejectWithdrawal', claim: 'C0', category: 'no_contact', reason: 'Nobody contacted me about this claim.' });
    expect(h.claims.withdrawal(0)).toBe('on_hold');
  });

  it('replies to a seller memo of the open request when its reply draw falls under its chance', () => {
    const h = agentHarness({ draws: { buyer: { repliesToMemo: (_i, r) => (r === 1 ? 0.4 : 0.6) } } });
    h.open();
    const buyer = new Buyer(h.ctx);
    buyer.memoReceived(0); // no request yet: r = 0, draw 0.6
    h.ctx.act({ kind: 'RequestWithdrawal', claim: 'C0', message: 'please' });
    buyer.memoReceived(0); // request 1: draw 0.4
    expect(h.planned).toEqual([{ kind: 'buyerMemo', at: h.engine.now + 4 * HOUR, claim: 0, args: [1, false] }]);
  });

  it('sends a memo refused for personal data again clean, even if the claim was let go meanwhile', () => {
    const h = agentHarness({ policy: makePolicy({ piiCheck: 'block' }), draws: { message: { pii: () => 0.1 } } });
    h.open();
    const buyer = new Buyer(h.ctx);
    buyer.memo(0, 0, false);
    expect(h.issued()).toEqual(['SendMemo: PII_IN_MESSAGE']);
    expect(h.planned.map((m) => [m.kind, m.args])).toEqual([['buyerMemo', [0, true]]]);
    h.claims.drop(0);
    buyer.memo(0, 0, false); // not held: no new memo
    buyer.memo(0, 0, true); // the clean retry still goes out
    expect(h.issued()).toEqual(['SendMemo: PII_IN_MESSAGE', 'SendMemo']);
  });
});
