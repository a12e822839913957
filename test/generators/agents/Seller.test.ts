import { describe, expect, it } from 'vitest';
import { makePolicy } from '../../../engine/index.js';
import { PII_RETRY_MS } from '../../../generators/agents/AgentContext.js';
import { Seller } from '../../../generators/agents/Seller.js';
import { DAY, HOUR, agentHarness } from './agentHarness.js';

const UNDER = 0.49; // under every 0.5 chance of the test profile
const OVER = 0.51;

describe('the seller', () => {
  it('requests a withdrawal its drawn delay after the claim opens, when the draw falls under its chance for the claim type', () => {
    for (const [u, expected] of [
      [UNDER, ['request']],
      [OVER, []],
    ] as const) {
      const h = agentHarness({ draws: { seller: { requests: () => u } } });
      h.open();
      new Seller(h.ctx).claimOpened(0, 'return', h.engine.now);
      expect(h.planned.map((m) => m.kind)).toEqual(expected);
      if (expected.length) expect(h.planned[0]!.at).toBe(h.engine.now + 18 * HOUR);
    }
  });

  it('plans to cancel request r and to send a memo about it, each on its own draw for r', () => {
    const h = agentHarness({ draws: { seller: { cancels: (_i, r) => (r === 1 ? UNDER : OVER), sendsMemo: (_i, r) => (r === 2 ? UNDER : OVER) } } });
    const seller = new Seller(h.ctx);
    seller.requested(0, 1, 0);
    seller.requested(0, 2, 0);
    expect(h.planned).toEqual([
      { kind: 'cancelRequest', at: 2 * HOUR, claim: 0, args: [1] },
      { kind: 'sellerMemo', at: 30 * 60_000, claim: 0, args: [2, false] },
    ]);
  });

  it('after a rejection gives up (cancels from on hold) when the give-up draw falls under its chance', () => {
    const h = agentHarness({ draws: { seller: { givesUp: () => UNDER } } });
    new Seller(h.ctx).rejected(0, 10 * DAY, 15 * DAY);
    expect(h.planned).toEqual([{ kind: 'giveUp', at: 10 * DAY + 3 * HOUR, claim: 0, args: [] }]);
  });

  it('re-requests after the cooldown ends (from: cooldownEnd), reading the draws of the rejection it answers, and no more than its max', () => {
    const h = agentHarness({ draws: { seller: { givesUp: () => OVER, reRequests: (_i, j) => (j === 1 ? OVER : UNDER) } } });
    const seller = new Seller(h.ctx);
    seller.rejected(0, 10 * DAY, 15 * DAY); // rejection 0: re-request 1 day after the cooldown
    seller.rejected(0, 20 * DAY, 25 * DAY); // rejection 1: its draw says no
    seller.rejected(0, 30 * DAY, 35 * DAY); // rejection 2: max 2 reached, whatever the draw
    expect(h.planned).toEqual([{ kind: 'reRequest', at: 16 * DAY, claim: 0, args: [0, false] }]);
  });

  it('re-requests from the rejection itself when its profile says from: rejection, and with no cooldown given', () => {
    const profile = `request: { probability: 1, delay: { constant: 0 } }
reRequest: { probability: 1, from: rejection, delay: { constant: 1d }, max: 3 }`;
    const h = agentHarness({ seller: profile, draws: { seller: { givesUp: () => OVER } } });
    const seller = new Seller(h.ctx);
    seller.rejected(0, 10 * DAY, 15 * DAY);
    expect(h.planned.map((m) => m.at)).toEqual([11 * DAY]);
  });

  it('sends a request refused for personal data again, clean, ten minutes later (R21, piiCheck: block)', () => {
    const h = agentHarness({ policy: makePolicy({ piiCheck: 'block' }), draws: { message: { pii: () => 0.1 } } });
    h.open();
    const seller = new Seller(h.ctx);
    seller.request(0, false);
    expect(h.issued()).toEqual(['RequestWithdrawal: PII_IN_MESSAGE']);
    expect(h.planned).toEqual([{ kind: 'request', at: h.engine.now + PII_RETRY_MS, claim: 0, args: [true] }]);
    seller.request(0, true);
    expect(h.issued()).toEqual(['RequestWithdrawal: PII_IN_MESSAGE', 'RequestWithdrawal']);
    expect(h.claims.withdrawal(0)).toBe('requested');
  });

  it('escalates a claim it can no longer withdraw to the support desk (R3), once', () => {
    const h = agentHarness({ draws: { seller: { escalates: () => UNDER } } });
    h.open('return', 'return_received');
    const seller = new Seller(h.ctx);
    seller.request(0, false);
    seller.request(0, false);
    expect(h.issued()).toEqual(['RequestWithdrawal: INELIGIBLE_STATUS', 'ContactSupport', 'RequestWithdrawal: INELIGIBLE_STATUS']);
    expect(h.claims.wasEscalated(0)).toBe(true);
  });

  it('does not escalate when its escalation draw is over its chance', () => {
    const h = agentHarness({ draws: { seller: { escalates: () => OVER } } });
    h.open('return', 'return_received');
    new Seller(h.ctx).request(0, false);
    expect(h.issued()).toEqual(['RequestWithdrawal: INELIGIBLE_STATUS']);
  });

  it('after a re-request refused for the cooldown (R12), tries again its retry delay after the cooldown ends, at most 8 times', () => {
    const h = agentHarness({ draws: { message: { pii: () => 0.99 } } });
    h.open();
    h.ctx.act({ kind: 'RequestWithdrawal', claim: 'C0', message: 'please' });
    h.ctx.act({ kind: 'RejectWithdrawal', claim: 'C0', reason: 'no' });
    const seller = new Seller(h.ctx);
    for (let k = 0; k < 9; k++) seller.reRequest(0, 0, false);
    const refusal = h.commands[2]!.decision;
    expect(refusal.ok).toBe(false);
    const until = refusal.ok ? 0 : refusal.refusal.until!;
    expect(h.planned).toHaveLength(8);
    expect(h.planned[0]).toEqual({ kind: 'reRequest', at: until + 2 * HOUR, claim: 0, args: [0, false] });
  });

  it('cancels only the request it planned to cancel, and gives up only a withdrawal on hold', () => {
    const h = agentHarness();
    h.open();
    const seller = new Seller(h.ctx);
    h.ctx.act({ kind: 'RequestWithdrawal', claim: 'C0', message: 'please' });
    seller.cancelRequest(0, 2); // request 1 is the open one
    seller.giveUp(0); // not on hold
    expect(h.issued()).toEqual(['RequestWithdrawal']);
    seller.cancelRequest(0, 1);
    expect(h.issued()).toEqual(['RequestWithdrawal', 'CancelWithdrawal']);
    expect(h.claims.withdrawal(0)).toBe('none');
  });
});
