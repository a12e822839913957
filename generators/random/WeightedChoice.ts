/** A choice among weighted options by one uniform draw: precomputed cumulative weights. */
export class WeightedChoice<T> {
  readonly options: readonly T[];
  private readonly cumulative: Float64Array;

  constructor(options: readonly T[], weights: readonly number[]) {
    if (options.length === 0 || options.length !== weights.length) throw new Error('a weighted choice needs one weight per option, at least one option');
    const total = weights.reduce((s, w) => s + w, 0);
    if (!(total > 0)) throw new Error('a weighted choice needs a positive total weight');
    this.options = options;
    this.cumulative = new Float64Array(weights.length);
    let acc = 0;
    weights.forEach((w, i) => {
      acc += w / total;
      this.cumulative[i] = acc;
    });
    this.cumulative[weights.length - 1] = 1;
  }

  /** The index chosen by draw u in [0, 1) (binary search: long tables stay cheap). */
  indexOf(u: number): number {
    const c = this.cumulative;
    let lo = 0, hi = c.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (u < c[mid]!) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }

  pick(u: number): T {
    return this.options[this.indexOf(u)]!;
  }
}
