import { describe, expect, it } from 'vitest';
import { makePolicy } from '../../../engine/index.js';
import { Buyer } from '../../../generators/agents/Buyer.js';
import { BUYER, DAY, HOUR, agentHarness } from './agentHarness.js';

/** The test buyer (accept 0.5 after 1d, reject 0.25 after 2d, silent 0.25), reacting to a reminder. */
const REACTS = `${BUYER}
onReminder: { answerProbability: 0.6, accept: 0.5, delay: { constant: 3h } }`;
const REMINDER = makePolicy({ reminderDaysBeforeDeadline: 2 });
const SILENT = 0.9;
const ACCEPTS_AFTER_A_DAY = 0.2;

describe('the buyer and the reminder', () => {
  it('a silent buyer answers its reminder draw: accept under 0.6 × 0.5, reject under 0.6, nothing above, each the delay after the reminder', () => {
    const reactions = [0.1, 0.45, 0.7];
    const h = agentHarness({ buyer: REACTS, policy: REMINDER, draws: { buyer: { answer: () => SILENT, reminderAnswer: (_i, r) => reactions[r]! } } });
    const buyer = new Buyer(h.ctx);
    for (const r of [0, 1, 2]) {
      buyer.requested(0, r, r * 10 * DAY, r * 10 * DAY + 7 * DAY);
      buyer.reminded(0, r, r * 10 * DAY + 5 * DAY);
    }
    expect(h.planned).toEqual([
      { kind: 'accept', at: 5 * DAY + 3 * HOUR, claim: 0, args: [0] },
      { kind: 'reject', at: 15 * DAY + 3 * HOUR, claim: 0, args: [1, false] },
    ]);
  });

  it('a buyer whose own answer is due by the reaction keeps it: the reminder adds nothing', () => {
    const h = agentHarness({ buyer: REACTS, policy: REMINDER, draws: { buyer: { answer: () => ACCEPTS_AFTER_A_DAY, reminderAnswer: () => 0.1 } } });
    const buyer = new Buyer(h.ctx);
    buyer.requested(0, 1, 0, 7 * DAY);
    buyer.reminded(0, 1, 1 * DAY - 3 * HOUR);
    expect(h.planned).toEqual([{ kind: 'accept', at: 1 * DAY, claim: 0, args: [1] }]);
  });

  it('a buyer whose own answer comes later answers the reminder first, and then sends no second answer', () => {
    const h = agentHarness({ buyer: REACTS, policy: REMINDER, draws: { buyer: { answer: () => ACCEPTS_AFTER_A_DAY, reminderAnswer: () => 0.5 } } });
    h.open();
    h.ctx.act({ kind: 'RequestWithdrawal', claim: 'C0', message: 'please' });
    const buyer = new Buyer(h.ctx);
    buyer.requested(0, 1, h.engine.now, h.engine.now + 7 * DAY);
    buyer.reminded(0, 1, h.engine.now);
    expect(h.planned.map((m) => [m.kind, m.at - h.engine.now])).toEqual([
      ['accept', 1 * DAY],
      ['reject', 3 * HOUR],
    ]);
    buyer.reject(0, 1, false);
    buyer.accept(0, 1);
    expect(h.issued()).toEqual(['RequestWithdrawal', 'RejectWithdrawal']);
    expect(h.claims.withdrawal(0)).toBe('on_hold');
  });

  it('a profile with no onReminder ignores reminders: no move, and its answers go out as before', () => {
    const h = agentHarness({ policy: REMINDER, draws: { buyer: { answer: () => SILENT, reminderAnswer: () => 0 } } });
    const buyer = new Buyer(h.ctx);
    buyer.requested(0, 1, 0, 7 * DAY);
    buyer.reminded(0, 1, 5 * DAY);
    expect(h.planned).toEqual([]);
  });
});
