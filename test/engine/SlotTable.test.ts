import { describe, expect, it } from 'vitest';
import { SlotTable } from '../../engine/SlotTable.js';

describe('SlotTable', () => {
  it('hands out new slots in turn, then the freed ones first, and lists ids in the order taken', () => {
    const t = new SlotTable();
    expect(['a', 'b', 'c'].map((id) => t.take(id))).toEqual([0, 1, 2]);
    expect(t.release('b')).toBe(1);
    expect(t.release('b')).toBeUndefined();
    expect(t.take('d')).toBe(1);
    expect(t.take('e')).toBe(3);
    expect([...t.entries()]).toEqual([
      ['a', 0],
      ['c', 2],
      ['d', 1],
      ['e', 3],
    ]);
    expect(t.size).toBe(4);
  });

  it('an id taken again keeps its slot', () => {
    const t = new SlotTable();
    t.take('a');
    t.take('b');
    expect(t.take('a')).toBe(0);
    expect(t.size).toBe(2);
  });
});
