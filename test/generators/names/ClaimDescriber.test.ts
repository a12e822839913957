import { describe, expect, it } from 'vitest';
import { CLAIM_TYPES } from '../../../engine/index.js';
import { ClaimDescriber } from '../../../generators/names/ClaimDescriber.js';
import { CLAIM_REASONS, COLLECTION_METHODS, NON_RECEIPT_REASONS } from '../../../generators/names/claimReasons.js';

describe('ClaimDescriber', () => {
  it("makes order, cart and item numbers in the manual's 9-digit shape", () => {
    const d = new ClaimDescriber(42).order(12);
    expect(d.orderNumber).toMatch(/^[1-9]\d{8}$/);
    expect(d.cartNumber).toMatch(/^[1-9]\d{8}$/);
    expect(d.itemCode).toMatch(/^[1-9]\d{8}$/);
    expect(d.sellerItemCode).toMatch(/^[A-Z0-9]{8}$/);
    expect(d.itemName.length).toBeGreaterThan(0);
  });

  it('describes a claim the same whatever was described before it, and differently per claim and seed', () => {
    const a = new ClaimDescriber(42);
    const first = a.order(7);
    a.order(8);
    a.shopName(3);
    expect(a.order(7)).toEqual(first);
    expect(new ClaimDescriber(42).order(7)).toEqual(first);
    expect(a.order(8).orderNumber).not.toBe(first.orderNumber);
    expect(new ClaimDescriber(43).order(7).orderNumber).not.toBe(first.orderNumber);
  });

  it('names shops and buyers in Japanese', () => {
    const d = new ClaimDescriber(1);
    expect(d.shopName(0)).toMatch(/[\u3040-\u30ff\u4e00-\u9faf]/);
    expect(d.buyerName(0)).toMatch(/[\u3040-\u30ff\u4e00-\u9faf]/);
    expect(d.shopName(0)).toBe(new ClaimDescriber(1).shopName(0));
  });

  it('gives each claim type its own reasons, a non-receipt reason only to non-receipts, a collection method only to returns and exchanges', () => {
    const d = new ClaimDescriber(5);
    for (const type of CLAIM_TYPES) {
      const seen = new Set<string>();
      for (let i = 0; i < 300; i++) {
        const c = d.circumstances(i, type);
        seen.add(c.reason);
        expect(CLAIM_REASONS[type].map((r) => r.value)).toContain(c.reason);
        if (type === 'non_receipt') expect(NON_RECEIPT_REASONS.map((r) => r.value)).toContain(c.nonReceiptReason);
        else expect(c.nonReceiptReason).toBeNull();
        if (type === 'return' || type === 'exchange') expect(COLLECTION_METHODS.map((r) => r.value)).toContain(c.collectionMethod);
        else expect(c.collectionMethod).toBeNull();
      }
      // Drawn from the whole list, not stuck on one entry.
      expect(seen.size, type).toBe(CLAIM_REASONS[type].length);
    }
  });

  it('puts the order before shipping before the claim; a cancel is not shipped', () => {
    const d = new ClaimDescriber(5);
    for (let i = 0; i < 300; i++) {
      for (const type of CLAIM_TYPES) {
        const c = d.circumstances(i, type);
        expect(c.orderedDaysBefore).toBeGreaterThanOrEqual(1);
        expect(c.orderedDaysBefore).toBeLessThanOrEqual(14);
        if (type === 'cancel') expect(c.shippedDaysBefore).toBeNull();
        else {
          expect(c.shippedDaysBefore).toBeGreaterThanOrEqual(1);
          expect(c.orderedDaysBefore).toBeGreaterThan(c.shippedDaysBefore!);
        }
      }
    }
  });

  it('draws a claim’s circumstances from (seed, claim) alone, leaving its order numbers as they were', () => {
    const a = new ClaimDescriber(9);
    const order = new ClaimDescriber(9).order(4);
    const first = a.circumstances(4, 'return');
    a.circumstances(5, 'exchange');
    expect(a.circumstances(4, 'return')).toEqual(first);
    expect(a.order(4)).toEqual(order);
    const others = Array.from({ length: 20 }, (_, i) => new ClaimDescriber(10 + i).circumstances(4, 'return'));
    expect(others.some((c) => c.reason !== first.reason || c.orderedDaysBefore !== first.orderedDaysBefore)).toBe(true);
  });
});
