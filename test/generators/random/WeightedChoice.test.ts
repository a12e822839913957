import { describe, expect, it } from 'vitest';
import { Stream } from '../../../generators/random/Stream.js';
import { WeightedChoice } from '../../../generators/random/WeightedChoice.js';

describe('WeightedChoice', () => {
  it('picks each option in proportion to its weight', () => {
    const c = new WeightedChoice(['a', 'b', 'c'] as const, [1, 2, 7]);
    const s = new Stream(3, 0, 1);
    const counts = { a: 0, b: 0, c: 0 };
    for (let i = 0; i < 30_000; i++) counts[c.pick(s.next())]++;
    expect(counts.a / 30_000).toBeCloseTo(0.1, 1);
    expect(counts.b / 30_000).toBeCloseTo(0.2, 1);
    expect(counts.c / 30_000).toBeCloseTo(0.7, 1);
  });

  it('never picks a zero-weight option, and covers [0, 1) up to its last option', () => {
    const c = new WeightedChoice(['x', 'never', 'y'], [1, 0, 1]);
    expect(c.pick(0)).toBe('x');
    expect(c.pick(0.4999)).toBe('x');
    expect(c.pick(0.5)).toBe('y');
    expect(c.pick(0.999999)).toBe('y');
  });

  it('refuses an empty table or weights that add up to nothing', () => {
    expect(() => new WeightedChoice([], [])).toThrow();
    expect(() => new WeightedChoice(['a'], [0])).toThrow();
  });
});
