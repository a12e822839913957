import { describe, expect, it } from 'vitest';
import { OrderStore, type PlacedOrder } from '../../engine/OrderStore.js';

const placed = (id: string, over: Partial<PlacedOrder> = {}): PlacedOrder => ({ id, seller: 'S1', buyer: 'B1', orderedAt: null, shippedAt: 0, ...over });

describe('OrderStore', () => {
  it('gives back what an order was placed with, no instant read as null and zero kept as zero', () => {
    const store = new OrderStore();
    store.add(placed('O1'));
    expect(store.get('O1')).toEqual({ id: 'O1', seller: 'S1', buyer: 'B1', orderedAt: null, shippedAt: 0, memosToSeller: 0, memosToBuyer: 0, claims: 0 });
    expect(Object.keys(store.get('O1')!)).not.toContain('itemName');
  });

  it('holds the details only when the order has some, after the counts', () => {
    const store = new OrderStore();
    store.add(placed('O1', { itemName: 'kettle' }));
    expect(store.get('O1')).toMatchObject({ itemName: 'kettle', claims: 0 });
    expect(Object.keys(store.get('O1')!).indexOf('itemName')).toBeGreaterThan(Object.keys(store.get('O1')!).indexOf('claims'));
  });

  it('counts written through a slot are read back by name, and a deleted order’s slot is reused clean', () => {
    const store = new OrderStore();
    store.add(placed('O1'));
    store.add(placed('O2', { itemName: 'kettle' }));
    const o2 = store.slot('O2')!;
    o2.memosToBuyer++;
    o2.claims = 2;
    expect(store.get('O2')).toMatchObject({ memosToBuyer: 1, memosToSeller: 0, claims: 2 });
    store.delete('O2');
    expect(store.has('O2')).toBe(false);
    store.add(placed('O3'));
    expect(store.get('O3')).toEqual({ id: 'O3', seller: 'S1', buyer: 'B1', orderedAt: null, shippedAt: 0, memosToSeller: 0, memosToBuyer: 0, claims: 0 });
    expect([...store.entries()].map(([id]) => id)).toEqual(['O1', 'O3']);
    expect(store.size).toBe(2);
  });

  it('placing an order held again starts it over in the same place', () => {
    const store = new OrderStore();
    store.add(placed('O1'));
    store.add(placed('O2'));
    store.slot('O1')!.claims = 3;
    store.add(placed('O1', { seller: 'S2' }));
    expect([...store.entries()].map(([id, o]) => [id, o.seller, o.claims])).toEqual([
      ['O1', 'S2', 0],
      ['O2', 'S1', 0],
    ]);
  });
});
