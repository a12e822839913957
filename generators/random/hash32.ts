/**
 * A counter-based pseudo-random generator: a uniform draw is a hash of its coordinates
 * (seed, claim index, purpose, draw number), MurmurHash3's mixing on 32-bit words. No
 * state is carried from one draw to the next, so a draw never depends on which other
 * draws were made before it (common random numbers across policies, any shard order).
 */

const C1 = 0xcc9e2d51;
const C2 = 0x1b873593;

/** One MurmurHash3 block step: folds the word `k` into the running hash `h`. */
export function combine(h: number, k: number): number {
  k = Math.imul(k, C1);
  k = (k << 15) | (k >>> 17);
  k = Math.imul(k, C2);
  h ^= k;
  h = (h << 13) | (h >>> 19);
  return (Math.imul(h, 5) + 0xe6546b64) | 0;
}

/** MurmurHash3's finaliser: full avalanche of a 32-bit word, as an unsigned integer. */
export function finalise(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** The 32-bit key of the stream (seed, index, purpose): every draw of that stream starts from it. */
export function streamKey(seed: number, index: number, purpose: number): number {
  return combine(combine(combine(seed | 0, index | 0), purpose | 0), 0x5eed);
}

/** Draw number `k` of the stream `key`, uniform in [0, 1) with 32-bit resolution. */
export function drawUniform(key: number, k: number): number {
  return finalise(combine(key, k) ^ 8) / 4294967296;
}
