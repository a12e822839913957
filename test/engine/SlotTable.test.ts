import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
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

describe('SlotTable against a Map', () => {
  it('any run of takes and releases finds the same slots, sizes and order as a Map of ids would', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.boolean(), fc.integer({ min: 0, max: 1500 })), { minLength: 1000, maxLength: 3000 }), (ops) => {
        const t = new SlotTable();
        const model = new Map<string, number>();
        const free: number[] = [];
        let used = 0;
        for (const [take, k] of ops) {
          const id = `C${k}`;
          if (take) {
            const slot = model.get(id) ?? (free.length > 0 ? free.pop()! : used++);
            model.set(id, slot);
            expect(t.take(id)).toBe(slot);
          } else {
            const slot = model.get(id);
            model.delete(id);
            if (slot !== undefined) free.push(slot);
            expect(t.release(id)).toBe(slot);
          }
        }
        expect(t.size).toBe(model.size);
        expect([...t.entries()]).toEqual([...model.entries()]);
        for (let k = 0; k <= 1500; k++) expect(t.get(`C${k}`)).toBe(model.get(`C${k}`));
      }),
      { seed: 20261204, numRuns: 30 },
    );
  });

  it('ids that are equal strings made apart are one id; a release during iteration goes on to the next', () => {
    const t = new SlotTable();
    for (let k = 0; k < 5; k++) t.take(`C${k}`);
    expect(t.get(['C', '3'].join(''))).toBe(3);
    const seen: number[] = [];
    for (const s of t.slots()) {
      seen.push(s);
      if (s === 1) t.release('C1');
      if (s === 2) t.release('C3');
    }
    expect(seen).toEqual([0, 1, 2, 4]);
    expect([...t.entries()]).toEqual([['C0', 0], ['C2', 2], ['C4', 4]]);
  });
});
