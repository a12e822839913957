import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY, Engine, calendarFor, daysFromCivil } from '../../../engine/index.js';
import { ClaimRecords } from '../../../generators/records/ClaimRecords.js';

const cal = calendarFor(DEFAULT_POLICY.timezone);
const START = cal.atWallTime(daysFromCivil(2024, 4, 1), 9 * 3_600_000);
const HOUR = 3_600_000;

/** An engine whose events are folded into records of three claims (C0, C1, C2). */
function setup() {
  const engine = new Engine({ policy: DEFAULT_POLICY, start: START });
  const records = new ClaimRecords(3);
  const delayedFrom: number[] = [];
  engine.subscribe((events) =>
    events.forEach((e) => {
      records.observe(e);
      if (e.kind === 'ClaimOpened') delayedFrom.push(e.delayedFrom);
    }),
  );
  for (const i of [0, 1, 2]) {
    engine.execute({ kind: 'PlaceOrder', order: `O${i}`, seller: 'S0', buyer: `B${i}` });
    engine.execute({ kind: 'OpenClaim', claim: `C${i}`, order: `O${i}`, type: 'return' });
  }
  return { engine, records, delayedFrom, at: (h: number) => START + h * HOUR };
}

describe('the run’s records of its claims, learnt from events', () => {
  it('follow a withdrawal through rejection, re-request and acceptance', () => {
    const { engine, records, delayedFrom, at } = setup();
    engine.execute({ kind: 'RequestWithdrawal', claim: 'C0', message: 'please' }, at(1));
    expect([records.withdrawal(0), records.requests(0)]).toEqual(['requested', 1]);
    engine.execute({ kind: 'RejectWithdrawal', claim: 'C0', reason: 'no' }, at(2));
    expect(records.withdrawal(0)).toBe('on_hold');
    engine.execute({ kind: 'ReRequestWithdrawal', claim: 'C0', message: 'please again' }, at(24 * 6));
    engine.execute({ kind: 'AcceptWithdrawal', claim: 'C0' }, at(24 * 6 + 1));
    expect(records.finished(0, at(200))).toEqual({
      index: 0,
      id: 'C0',
      type: 'return',
      status: 'withdrawn',
      withdrawal: 'none',
      outcome: 'accepted',
      lastWithdrawalEnd: 'none',
      requests: 2,
      reRequests: 1,
      escalated: false,
      receivedAt: START,
      delayedFrom: delayedFrom[0],
      leftFirstStatusAt: at(24 * 6 + 1),
      closedAt: at(24 * 6 + 1),
      at: at(200),
    });
  });

  it('remember how the last withdrawal ended without withdrawing the claim: cancelled, or lapsed (R16)', () => {
    const { engine, records, at } = setup();
    engine.execute({ kind: 'RequestWithdrawal', claim: 'C1', message: 'please' }, at(1));
    engine.execute({ kind: 'CancelWithdrawal', claim: 'C1' }, at(2));
    expect(records.finished(1, at(3)).lastWithdrawalEnd).toBe('cancelled');
    engine.execute({ kind: 'RequestWithdrawal', claim: 'C2', message: 'please' }, at(3));
    engine.execute({ kind: 'AdvanceClaim', claim: 'C2', to: 'returning' }, at(4));
    engine.execute({ kind: 'AdvanceClaim', claim: 'C2', to: 'return_received' }, at(5));
    const c2 = records.finished(2, at(6));
    expect([c2.status, c2.withdrawal, c2.lastWithdrawalEnd, c2.leftFirstStatusAt, c2.closedAt]).toEqual(['return_received', 'none', 'lapsed', at(4), null]);
  });

  it('know an escalation to the support desk (R3)', () => {
    const { engine, records } = setup();
    engine.execute({ kind: 'ContactSupport', claim: 'C1', text: 'please review' });
    expect([records.wasEscalated(0), records.wasEscalated(1)]).toEqual([false, true]);
  });

  it('count the claims held, and let a dropped claim go', () => {
    const { records } = setup();
    expect(records.heldClaims).toBe(3);
    records.drop(1);
    records.drop(1);
    expect([records.heldClaims, records.isHeld(0), records.isHeld(1), records.heldIndices()]).toEqual([2, true, false, [0, 2]]);
  });
});
