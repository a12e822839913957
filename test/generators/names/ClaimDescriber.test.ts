import { describe, expect, it } from 'vitest';
import { ClaimDescriber } from '../../../generators/names/ClaimDescriber.js';

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
});
