import { describe, expect, it } from 'vitest';
import type { ClaimEvent } from '../../../engine/index.js';
import { RecordStore } from '../../../engine/invariants/RecordStore.js';

describe('the checker’s records kept by number', () => {
  it('a new record starts open, with no withdrawal, deadline, timeout or cooldown', () => {
    const rec = new RecordStore(0).add('C1', 'B1', 'return_requested');
    expect({ id: rec.id, buyer: rec.buyer, status: rec.status, withdrawal: rec.withdrawal, requests: rec.requests }).toEqual({
      id: 'C1', buyer: 'B1', status: 'return_requested', withdrawal: 'none', requests: 0,
    });
    expect([rec.deadline, rec.timeoutAt, rec.cooldownEnd, rec.closedInDecision]).toEqual([Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -1]);
  });

  it('fields written through one record are read through another of the same claim', () => {
    const store = new RecordStore(0);
    const a = store.add('C1', 'B1', 'return_requested');
    a.status = 'returning';
    a.withdrawal = 'on_hold';
    a.requests = 3;
    a.deadline = 18_840;
    a.timeoutAt = 1_627_916_400_000;
    a.cooldownEnd = 1_628_000_000_000;
    a.closedInDecision = 5_000_000_123;
    const b = store.get('C1')!;
    expect(b.slot).toBe(a.slot);
    expect([b.status, b.withdrawal, b.requests, b.deadline, b.timeoutAt, b.cooldownEnd, b.closedInDecision]).toEqual([
      'returning', 'on_hold', 3, 18_840, 1_627_916_400_000, 1_628_000_000_000, 5_000_000_123,
    ]);
  });

  it('thousands of claims keep their own values as the columns grow', () => {
    const store = new RecordStore(0);
    for (let i = 0; i < 5000; i++) store.add(`C${i}`, `B${i % 7}`, i % 2 ? 'returning' : 'cancel_requested').timeoutAt = i;
    expect(store.count).toBe(5000);
    for (const i of [0, 1023, 1024, 4999]) {
      const r = store.get(`C${i}`)!;
      expect([r.timeoutAt, r.buyer, r.status]).toEqual([i, `B${i % 7}`, i % 2 ? 'returning' : 'cancel_requested']);
    }
  });

  it('a forgotten claim is gone and its slot is reused, starting fresh', () => {
    const store = new RecordStore(2);
    const a = store.add('C1', 'B1', 'returning');
    a.withdrawal = 'requested';
    a.remember({ kind: 'SupportContacted', at: 1, claim: 'C1', category: 'x', text: 'y' });
    store.delete('C1');
    expect(store.get('C1')).toBeUndefined();
    const b = store.add('C2', 'B2', 'exchange_requested');
    expect(b.slot).toBe(a.slot);
    expect([b.id, b.withdrawal, b.recentEvents()]).toEqual(['C2', 'none', []]);
    expect([...store.records()].map((r) => r.id)).toEqual(['C2']);
  });

  it('keeps the latest events in a ring, oldest first, when asked to keep any', () => {
    const store = new RecordStore(2);
    const rec = store.add('C1', 'B1', 'returning');
    const events: ClaimEvent[] = [1, 2, 3].map((at) => ({ kind: 'SupportContacted', at, claim: 'C1', category: 'x', text: 'y' }));
    for (const e of events) rec.remember(e);
    expect(rec.recentEvents()).toEqual(events.slice(1));
    const none = new RecordStore(0).add('C1', 'B1', 'returning');
    none.remember(events[0]!);
    expect(none.recentEvents()).toEqual([]);
  });
});
