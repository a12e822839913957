import { describe, expect, it } from 'vitest';
import { shardLength, takeShard, unshard } from '../../../input/Shard.js';

const items = (n: number): number[] => Array.from({ length: n }, (_, i) => i);

describe('takeShard', () => {
  it('interleaves: item j goes to shard j mod n + 1', () => {
    expect(takeShard(items(7), { index: 1, count: 3 })).toEqual([0, 3, 6]);
    expect(takeShard(items(7), { index: 3, count: 3 })).toEqual([2, 5]);
    expect(takeShard(items(7), undefined)).toEqual(items(7));
  });

  it('every item lands in exactly one shard, and unshard puts them back in order', () => {
    for (const [n, count] of [[0, 1], [1, 3], [7, 3], [10, 10], [23, 4]] as const) {
      const parts = Array.from({ length: count }, (_, i) => takeShard(items(n), { index: i + 1, count }));
      expect(unshard(parts), `${n} of ${count}`).toEqual(items(n));
      parts.forEach((p, i) => expect(shardLength(n, { index: i + 1, count }), `${n} ${i + 1}/${count}`).toBe(p.length));
    }
    expect(shardLength(5, undefined)).toBe(5);
  });
});
