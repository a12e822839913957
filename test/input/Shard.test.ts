import { describe, expect, it } from 'vitest';
import { inShard, shardFromText, shardLength, shardOfKey, shardSetProblem, takeShard, unshard, unshardShort } from '../../input/Shard.js';

const items = (n: number): number[] => Array.from({ length: n }, (_, i) => i);

describe('the one shard arithmetic', () => {
  it('interleaves: item j goes to shard j mod n + 1', () => {
    expect(takeShard(items(7), { index: 1, count: 3 })).toEqual([0, 3, 6]);
    expect(takeShard(items(7), { index: 3, count: 3 })).toEqual([2, 5]);
    expect(takeShard(items(7), undefined)).toEqual(items(7));
    expect(items(7).filter((j) => inShard(j, { index: 2, count: 3 }))).toEqual([1, 4]);
  });

  it('every item lands in exactly one shard, and unshard puts them back in order', () => {
    for (const [n, count] of [[0, 1], [1, 3], [7, 3], [10, 10], [23, 4]] as const) {
      const parts = Array.from({ length: count }, (_, i) => takeShard(items(n), { index: i + 1, count }));
      expect(unshard(parts), `${n} of ${count}`).toEqual(items(n));
      parts.forEach((p, i) => expect(shardLength(n, { index: i + 1, count }), `${n} ${i + 1}/${count}`).toBe(p.length));
    }
    expect(shardLength(5, undefined)).toBe(5);
    expect(shardLength(5, null)).toBe(5);
  });

  it('puts back in order what shards stopped early hold, leaving out what they never ran', () => {
    const parts = [takeShard(items(10), { index: 1, count: 3 }).slice(0, 2), takeShard(items(10), { index: 2, count: 3 }), takeShard(items(10), { index: 3, count: 3 }).slice(0, 1)];
    expect(unshardShort(parts)).toEqual([0, 1, 2, 3, 4, 7]);
  });

  it('reads --shard i/n, 1 ≤ i ≤ n, and nothing else', () => {
    expect(shardFromText(' 2 / 4 ')).toEqual({ index: 2, count: 4 });
    for (const s of ['0/3', '4/3', '1/0', '1', 'a/b', '-1/2', '1.5/2']) expect(shardFromText(s), s).toBeNull();
  });

  it('sends a key to the same shard wherever it is read, every shard in reach', () => {
    const ids = Array.from({ length: 400 }, (_, i) => `C-${i}`);
    const shards = ids.map((id) => shardOfKey(id, 4));
    expect(ids.map((id) => shardOfKey(id, 4))).toEqual(shards);
    expect(new Set(shards)).toEqual(new Set([1, 2, 3, 4]));
    // FNV-1a of the id: fixed across versions, so parts written by two releases still merge.
    expect(shardOfKey('C-1', 1_000_003)).toBe(shardOfKey('C-1', 1_000_003));
    expect(shardOfKey('', 7)).toBe((0x811c9dc5 % 7) + 1);
  });
});

describe('shardSetProblem: every shard of one run, once', () => {
  const s = (index: number, count: number) => ({ index, count });
  it('accepts 1/n … n/n in any order', () => {
    expect(shardSetProblem([s(2, 3), s(3, 3), s(1, 3)])).toBeNull();
    expect(shardSetProblem([s(1, 1)])).toBeNull();
  });
  it('names a count that differs, a missing shard and a repeated one, in one line', () => {
    expect(shardSetProblem([s(1, 2), s(2, 3)])).toBe('shard 2/3 does not belong with shards of 2');
    expect(shardSetProblem([s(1, 2)], 'sweep')).toBe('shard 2/2 is missing (merge every shard of the sweep)');
    expect(shardSetProblem([s(1, 2), s(1, 2), s(2, 2)])).toBe('shard 1/2 is given twice');
    expect(shardSetProblem([])).toBe('no shard (merge every shard of the run)');
  });
});
