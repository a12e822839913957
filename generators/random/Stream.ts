import { drawUniform, streamKey } from './hash32.js';
import type { Purpose } from './Purpose.js';

/**
 * A sequential view of one stream (seed, index, purpose): `next()` is draw 0, 1, 2, ...
 * Convenient where a purpose needs a run of draws; the hot path calls `drawUniform` directly.
 */
export class Stream {
  private readonly key: number;
  private k = 0;

  constructor(seed: number, index: number, purpose: Purpose | number) {
    this.key = streamKey(seed, index, purpose);
  }

  /** The next uniform draw in [0, 1). */
  next(): number {
    return drawUniform(this.key, this.k++);
  }

  /** Draw number k, without moving the stream. */
  at(k: number): number {
    return drawUniform(this.key, k);
  }
}
