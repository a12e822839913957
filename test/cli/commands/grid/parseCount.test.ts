import { InvalidArgumentError } from 'commander';
import { describe, expect, it } from 'vitest';
import { parseCount } from '../../../../cli/commands/grid/parseCount.js';

describe('parseCount (compare, sweep, all)', () => {
  it('takes counts written as simulate takes them: 20000, 20_000, 2e4', () => {
    const count = parseCount(1);
    expect(['20000', '20_000', '2e4', ' 7 '].map(count)).toEqual([20000, 20000, 20000, 7]);
  });

  it('refuses fractions, negatives, words and values under the minimum', () => {
    const count = parseCount(1);
    for (const bad of ['1.5', '-3', 'ten', '0', '', '1e-2']) expect(() => count(bad), bad).toThrow(InvalidArgumentError);
    expect(parseCount(0)('0')).toBe(0);
  });
});
