import { Faker, base, en, ja } from '@faker-js/faker';
import type { OrderDetails } from '../../engine/index.js';
import { HashRandomizer } from '../random/HashRandomizer.js';

/** faker's reference date for every run: names and dates never depend on the day a run is made. */
export const FAKER_REFERENCE_DATE = new Date(Date.UTC(2024, 0, 1));

/** Streams of the describer, apart from the behaviour streams (same seed, other purposes). */
const SHOP = 1, BUYER = 2, ORDER = 3;

/** A claim's order as the seller console shows it (R19's columns) and who is involved. */
export interface ClaimDescription extends OrderDetails {
  readonly orderNumber: string;
  readonly cartNumber: string;
  readonly itemCode: string;
  readonly sellerItemCode: string;
  readonly itemName: string;
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
}
