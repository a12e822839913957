import { describe, expect, it } from 'vitest';
import { ClaimStore, type OpenedClaim } from '../../engine/ClaimStore.js';

const opened = (id: string, over: Partial<OpenedClaim> = {}): OpenedClaim => ({
  id,
  order: `O-${id}`,
  seller: 'S1',
  buyer: 'B1',
  type: 'return',
  status: 'return_requested',
  receivedAt: 1_000,
  delayedFrom: 2_000,
  leftFirstStatusAt: null,
  closedAt: null,
  ...over,
});

describe('ClaimStore', () => {
  it('gives back what a claim opened with, and none for the fields nothing has set yet', () => {
    const store = new ClaimStore();
    store.add(opened('C1', { type: 'non_receipt', status: 'non_receipt_seller_confirmed', leftFirstStatusAt: 1_500, reason: 'late' }));
    expect(store.get('C1')).toEqual({
      id: 'C1',
      order: 'O-C1',
      seller: 'S1',
      buyer: 'B1',
      type: 'non_receipt',
      status: 'non_receipt_seller_confirmed',
      receivedAt: 1_000,
      delayedFrom: 2_000,
      leftFirstStatusAt: 1_500,
      closedAt: null,
      withdrawal: 'none',
      outcome: null,
      requestedAt: null,
      deadline: null,
      timeoutAt: null,
      requests: 0,
      reRequests: 0,
      rejectionCooldownUntil: null,
      cancellationCooldownUntil: null,
      rejection: null,
      reason: 'late',
      nonReceiptReason: undefined,
      returnCollectionMethod: undefined,
    });
    expect(Object.keys(store.get('C1')!).slice(0, 3)).toEqual(['id', 'order', 'seller']);
  });

  it('a claim with no details holds no detail fields', () => {
    const store = new ClaimStore();
    store.add(opened('C1'));
    expect(Object.keys(store.get('C1')!)).not.toContain('reason');
  });

  it('what is written through a slot is read back by name, instants at zero and null told apart', () => {
    const store = new ClaimStore();
    store.add(opened('C1'));
    const slot = store.slot('C1')!;
    slot.status = 'returning';
    slot.withdrawal = 'on_hold';
    slot.outcome = 'timeout';
    slot.requestedAt = 0;
    slot.deadline = 18_000;
    slot.requests = 3;
    slot.reRequests = 2;
    slot.rejection = { category: 'other', reason: 'no' };
    expect(store.get('C1')).toMatchObject({
      status: 'returning',
      withdrawal: 'on_hold',
      outcome: 'timeout',
      requestedAt: 0,
      deadline: 18_000,
      timeoutAt: null,
      requests: 3,
      reRequests: 2,
      rejection: { category: 'other', reason: 'no' },
    });
    slot.requestedAt = null;
    expect(store.get('C1')!.requestedAt).toBeNull();
  });

  it('lists claims in the order opened, forgets a deleted one and reuses its slot with nothing left over', () => {
    const store = new ClaimStore();
    for (const id of ['C1', 'C2', 'C3']) store.add(opened(id));
    store.slot('C2')!.withdrawal = 'requested';
    store.slot('C2')!.rejectionCooldownUntil = 9_000;
    store.delete('C2');
    expect(store.has('C2')).toBe(false);
    expect(store.get('C2')).toBeUndefined();
    store.add(opened('C4'));
    expect([...store.values()].map((c) => c.id)).toEqual(['C1', 'C3', 'C4']);
    expect(store.size).toBe(3);
    expect(store.get('C4')).toMatchObject({ withdrawal: 'none', rejectionCooldownUntil: null });
  });

  it('grows past its first capacity without losing a field', () => {
    const store = new ClaimStore();
    const n = 3_000;
    for (let i = 0; i < n; i++) store.add(opened(`C${i}`, { receivedAt: i }));
    store.slot('C2999')!.requests = 7;
    expect(store.size).toBe(n);
    expect(store.get('C0')!.receivedAt).toBe(0);
    expect(store.get('C2047')!.receivedAt).toBe(2047);
    expect(store.get('C2999')).toMatchObject({ receivedAt: 2999, requests: 7 });
  });
});
