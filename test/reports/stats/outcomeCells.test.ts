import { describe, expect, it } from 'vitest';
import { outcomeCells } from '../../../reports/stats/outcomeCells.js';

const run = (seed: number, outcomes: number[], sellers: number[]) => ({ seed, outcomes: Uint8Array.from(outcomes), sellers: Uint32Array.from(sellers) });

describe('outcomeCells', () => {
  it('puts the claims of a seller in one seed in one cluster, shared by the two arms of that seed', () => {
    const cells = outcomeCells([run(1, [0, 1, 1, 0], [5, 5, 9, 9])], [run(1, [1, 1, 1, 0], [5, 5, 9, 9])], 2);
    expect(cells[1]).toEqual([
      { nA: 2, sumA: 1, nB: 2, sumB: 2 },
      { nA: 2, sumA: 1, nB: 2, sumB: 1 },
    ]);
    expect(cells[0]!.map((c) => [c.sumA, c.sumB])).toEqual([[1, 0], [1, 1]]);
  });

  it('keeps the same seller in different seeds apart, and skips claims a run did not hold', () => {
    const cells = outcomeCells([run(1, [0, 255], [3, 3])], [run(2, [0, 0], [3, 3])], 1);
    expect(cells[0]).toEqual([
      { nA: 1, sumA: 1, nB: 0, sumB: 0 },
      { nA: 0, sumA: 0, nB: 2, sumB: 2 },
    ]);
  });
});
