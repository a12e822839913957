import { describe, expect, it } from 'vitest';
import type { ClaimOpened, OrderPlaced } from '../../../engine/index.js';
import { openClaim, placeOrder } from '../support/commands.js';
import { tokyo } from '../support/localTime.js';
import { given } from '../support/spec.js';

const T0 = tokyo.at('2021-07-20T09:00');
const T1 = tokyo.at('2021-07-20T10:00');
const ORDERED = tokyo.at('2021-07-01T12:00');
const SHIPPED = tokyo.at('2021-07-03T08:30');

/** R19: the spreadsheet's order and claim columns travel on the events only when given, value for value. */
describe('R19 details on OrderPlaced and ClaimOpened', () => {
  const ORDER_DETAILS = { orderNumber: '2021072012345', cartNumber: 'CART-77', itemCode: 'IT-9', sellerItemCode: 'SKU-1', itemName: 'Kettle' };
  const CLAIM_DETAILS = { reason: 'broken', nonReceiptReason: 'lost in transit', returnCollectionMethod: 'pickup' };

  it('an order placed with every detail carries each one, and its order and ship dates', () => {
    const w = given([]).when(placeOrder('O1', { ...ORDER_DETAILS, orderedAt: ORDERED, shippedAt: SHIPPED }), T0);
    expect(w.decision.ok).toBe(true);
    const e = (w.decision.ok ? w.decision.events[0] : undefined) as OrderPlaced;
    expect(e).toMatchObject({ kind: 'OrderPlaced', ...ORDER_DETAILS, orderedAt: ORDERED, shippedAt: SHIPPED });
  });

  it('an order placed with no detail carries none of the keys, and null dates', () => {
    const w = given([]).when(placeOrder('O1'), T0);
    const e = (w.decision.ok ? w.decision.events[0] : undefined) as OrderPlaced;
    for (const key of Object.keys(ORDER_DETAILS)) expect(e).not.toHaveProperty(key);
    expect(e.orderedAt).toBeNull();
    expect(e.shippedAt).toBeNull();
  });

  it('each order detail travels alone: one given, the others absent', () => {
    for (const [key, value] of Object.entries(ORDER_DETAILS)) {
      const w = given([]).when(placeOrder('O1', { [key]: value }), T0);
      const e = (w.decision.ok ? w.decision.events[0] : undefined) as OrderPlaced;
      expect(e).toHaveProperty(key, value);
      for (const other of Object.keys(ORDER_DETAILS).filter((k) => k !== key)) expect(e).not.toHaveProperty(other);
    }
  });

  it('a claim opened with every detail carries each one; with none, none of the keys', () => {
    const withAll = given([[T0, placeOrder()]]).when(openClaim('return', CLAIM_DETAILS), T1);
    expect((withAll.decision.ok ? withAll.decision.events[0] : undefined) as ClaimOpened).toMatchObject({ kind: 'ClaimOpened', ...CLAIM_DETAILS });
    const bare = given([[T0, placeOrder()]]).when(openClaim('return'), T1);
    const e = (bare.decision.ok ? bare.decision.events[0] : undefined) as ClaimOpened;
    for (const key of Object.keys(CLAIM_DETAILS)) expect(e).not.toHaveProperty(key);
  });

  it('each claim detail travels alone', () => {
    for (const [key, value] of Object.entries(CLAIM_DETAILS)) {
      const w = given([[T0, placeOrder()]]).when(openClaim('return', { [key]: value }), T1);
      const e = (w.decision.ok ? w.decision.events[0] : undefined) as ClaimOpened;
      expect(e).toHaveProperty(key, value);
      for (const other of Object.keys(CLAIM_DETAILS).filter((k) => k !== key)) expect(e).not.toHaveProperty(other);
    }
  });
});
