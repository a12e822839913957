import { combine, drawUniform } from './hash32.js';

/**
 * faker's Randomizer on the project's hash streams: seeding is a few multiplications, so a
 * Faker can be reseeded per claim (names and numbers drawn lazily, claim by claim, in any
 * order) without the cost of re-initialising a Mersenne Twister.
 */
export class HashRandomizer {
  private key = 0;
  private k = 0;

  // Arrow properties: faker calls them detached from the object.
  readonly seed = (seed: number | number[]): void => {
    let h = 0x6a09e667;
    for (const part of typeof seed === 'number' ? [seed] : seed) h = combine(h, part | 0);
    this.key = h;
    this.k = 0;
  };

  readonly next = (): number => {
    // Two 32-bit draws make a 53-bit float, as faker's own generator gives.
    const hi = drawUniform(this.key, this.k++) * 4294967296;
    const lo = drawUniform(this.key, this.k++) * 4294967296;
    return ((hi >>> 5) * 67108864 + (lo >>> 6)) / 9007199254740992;
  };
}
