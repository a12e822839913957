import { describe, expect, it } from 'vitest';
import { type ClaimEvent, checkReplay, replay } from '../../../engine/index.js';
import { engineRun } from './engineRun.js';

describe('I10 checkReplay', () => {
  it('I10 replaying a real run rebuilds the same state', () => {
    const { engine } = engineRun();
    expect(engine.events().length).toBeGreaterThan(5);
    expect(engine.checkReplay()).toEqual([]);
    expect(checkReplay(engine.events(), replay(engine.events()))).toEqual([]);
  });

  it('I10 a claim changed outside the log is reported with the claim and its events', () => {
    const { engine } = engineRun();
    const state = replay(engine.events());
    state.claims.slot('C2')!.status = 'cancelling';
    const v = checkReplay(engine.events(), state);
    expect(v).toHaveLength(1);
    expect(v[0]).toMatchObject({ invariant: 'I10', claim: 'C2' });
    expect(v[0]!.message).toContain('claims.C2.status');
    expect(v[0]!.message).toContain('"cancel_requested"');
    expect(v[0]!.events.every((e) => e.kind !== 'OrderPlaced' && e.claim === 'C2')).toBe(true);
    expect(v[0]!.events.length).toBeGreaterThan(0);
  });

  it('I10 a log missing an event is reported against the state', () => {
    const { engine } = engineRun();
    const shorter: ClaimEvent[] = engine.events().filter((e) => e.kind !== 'MemoSent');
    const v = checkReplay(shorter, replay(engine.events()));
    expect(v.map((x) => x.message).join('\n')).toMatch(/orders\.O1\.memosToSeller|unansweredBySeller/);
    expect(v.every((x) => x.invariant === 'I10')).toBe(true);
  });

  it('I10 an extra counter entry is reported even when every claim agrees', () => {
    const { engine } = engineRun();
    const state = replay(engine.events());
    state.pendingWithdrawals.set('B9', 1);
    const v = checkReplay(engine.events(), state);
    expect(v).toHaveLength(1);
    expect(v[0]).toMatchObject({ claim: null });
    expect(v[0]!.message).toContain('pendingWithdrawals.B9');
  });
});
