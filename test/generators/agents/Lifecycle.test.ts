import { describe, expect, it } from 'vitest';
import { Lifecycle } from '../../../generators/agents/Lifecycle.js';
import { DAY, agentHarness } from './agentHarness.js';

describe("the claim's lifecycle", () => {
  it('plans the next status after the step’s delay, each step k reading its own pair of draws', () => {
    const seen: number[] = [];
    const h = agentHarness({ draws: { lifecycle: { next: (_i, k) => (seen.push(k), 0.5) } } });
    const life = new Lifecycle(h.ctx);
    life.entered(0, 'return_requested', 0);
    life.entered(0, 'returning', 3 * DAY);
    expect(h.planned).toEqual([
      { kind: 'advance', at: 3 * DAY, claim: 0, args: ['returning', true] },
      { kind: 'advance', at: 8 * DAY, claim: 0, args: ['return_received', false] },
    ]);
    expect(seen).toEqual([0, 1]);
  });

  it('plans nothing from a status the population gives no step, nor from withdrawn', () => {
    const h = agentHarness();
    const life = new Lifecycle(h.ctx);
    life.entered(0, 'return_received', 0);
    life.entered(0, 'withdrawn', 0);
    expect(h.planned).toEqual([]);
  });

  it('holds a waiting step while a withdrawal is open, and moves on when it closes without withdrawing the claim', () => {
    const h = agentHarness();
    h.open();
    h.ctx.act({ kind: 'RequestWithdrawal', claim: 'C0', message: 'please' });
    const life = new Lifecycle(h.ctx);
    life.advance(0, 'returning', true);
    expect(h.issued()).toEqual(['RequestWithdrawal']);
    h.ctx.act({ kind: 'CancelWithdrawal', claim: 'C0' });
    life.withdrawalClosed(0);
    expect(h.planned).toEqual([{ kind: 'advance', at: h.engine.now, claim: 0, args: ['returning', true] }]);
    life.advance(0, 'returning', true);
    expect(h.issued()).toEqual(['RequestWithdrawal', 'CancelWithdrawal', 'AdvanceClaim']);
    life.withdrawalClosed(0); // nothing waits any more
    expect(h.planned).toHaveLength(1);
  });

  it('moves a step that does not wait even while a withdrawal is open', () => {
    const h = agentHarness();
    h.open();
    h.ctx.act({ kind: 'RequestWithdrawal', claim: 'C0', message: 'please' });
    new Lifecycle(h.ctx).advance(0, 'returning', false);
    expect(h.issued()).toEqual(['RequestWithdrawal', 'AdvanceClaim']);
  });
});
