import { Faker, base, en, ja } from '@faker-js/faker';
import type { ClaimType, OrderDetails } from '../../engine/index.js';
import { HashRandomizer } from '../random/HashRandomizer.js';
import { CLAIM_REASONS, COLLECTION_METHODS, NON_RECEIPT_REASONS } from './claimReasons.js';

/** faker's reference date for every run: names and dates never depend on the day a run is made. */
export const FAKER_REFERENCE_DATE = new Date(Date.UTC(2024, 0, 1));

/** Streams of the describer, apart from the behaviour streams (same seed, other purposes). */
const SHOP = 1, BUYER = 2, ORDER = 3, CIRCUMSTANCES = 4;

/** A claim's order as the seller console shows it (R19's columns) and who is involved. */
export interface ClaimDescription extends OrderDetails {
  readonly orderNumber: string;
  readonly cartNumber: string;
  readonly itemCode: string;
  readonly sellerItemCode: string;
  readonly itemName: string;
}

/**
 * Why and when: what the buyer gave as the claim's reason, and the order's timeline before the
 * claim, in whole days before the claim date (so order date < ship date < claim date).
 */
export interface ClaimCircumstances {
  readonly reason: string;
  /** Non-receipt claims only (null for the other types). */
  readonly nonReceiptReason: string | null;
  /** Returns and exchanges only: how the item goes back (null for cancels and non-receipts). */
  readonly collectionMethod: string | null;
  /** Days from the order to the claim date, 1 to 14 (more than shippedDaysBefore). */
  readonly orderedDaysBefore: number;
  /** Days from shipping to the claim date, 1 to 10 (null: a cancel, made before the order shipped). */
  readonly shippedDaysBefore: number | null;
}

/**
 * Names shops, buyers and items, and makes order, cart and item numbers in the manual's
 * shapes (9 digits: 638452888, 210340349, 897969331), with one Faker per run (ja locale,
 * fixed reference date) reseeded per (seed, what, index): lazily, for the claims that need
 * it, in any order, always the same.
 */
export class ClaimDescriber {
  private readonly faker: Faker;
  private readonly seedValue: number;

  constructor(seed: number) {
    this.seedValue = seed >>> 0;
    this.faker = new Faker({ locale: [ja, en, base], randomizer: new HashRandomizer() });
    this.faker.setDefaultRefDate(FAKER_REFERENCE_DATE);
  }

  /** The shop name of seller k. */
  shopName(seller: number): string {
    this.faker.seed([this.seedValue, SHOP, seller]);
    return this.faker.company.name();
  }

  /** The buyer's name of buyer k. */
  buyerName(buyer: number): string {
    this.faker.seed([this.seedValue, BUYER, buyer]);
    return this.faker.person.fullName();
  }

  /** Order details of claim i's order. */
  order(i: number): ClaimDescription {
    const f = this.faker;
    f.seed([this.seedValue, ORDER, i]);
    const nine = (): string => f.string.numeric({ length: 9, allowLeadingZeros: false });
    return {
      orderNumber: nine(),
      cartNumber: nine(),
      itemCode: nine(),
      sellerItemCode: f.string.alphanumeric({ length: 8, casing: 'upper' }),
      itemName: f.commerce.productName(),
    };
  }

  /** Claim i's reasons and its order's timeline, given the claim's type (its own stream: order(i) is not moved by it). */
  circumstances(i: number, type: ClaimType): ClaimCircumstances {
    const f = this.faker;
    f.seed([this.seedValue, CIRCUMSTANCES, i]);
    const pick = (list: readonly { readonly value: string; readonly weight: number }[]): string => f.helpers.weightedArrayElement(list);
    const reason = pick(CLAIM_REASONS[type]);
    const nonReceiptReason = type === 'non_receipt' ? pick(NON_RECEIPT_REASONS) : null;
    const collectionMethod = type === 'return' || type === 'exchange' ? pick(COLLECTION_METHODS) : null;
    // A cancel comes before shipping; the other claims some days after it (a non-receipt once the item is overdue).
    if (type === 'cancel') return { reason, nonReceiptReason, collectionMethod, orderedDaysBefore: f.number.int({ min: 1, max: 3 }), shippedDaysBefore: null };
    const shippedDaysBefore = type === 'non_receipt' ? f.number.int({ min: 4, max: 10 }) : f.number.int({ min: 1, max: 8 });
    return { reason, nonReceiptReason, collectionMethod, orderedDaysBefore: shippedDaysBefore + f.number.int({ min: 1, max: 4 }), shippedDaysBefore };
  }
}
