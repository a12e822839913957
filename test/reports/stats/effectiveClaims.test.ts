import { describe, expect, it } from 'vitest';
import { effectiveClaims } from '../../../reports/stats/effectiveClaims.js';

const cell = (n: number, sum: number) => ({ nA: n, sumA: sum, nB: n, sumB: sum });

describe('effectiveClaims', () => {
  it('counts every claim when sellers do not differ more than chance, or the outcome never varies', () => {
    expect(effectiveClaims([cell(100, 20), cell(100, 20), cell(100, 20)])).toBe(300);
    expect(effectiveClaims([cell(100, 0), cell(100, 0)])).toBe(200);
  });

  it('falls towards the number of sellers as their claims share one fate', () => {
    const mild = effectiveClaims([cell(100, 10), cell(100, 30), cell(100, 20), cell(100, 20)]);
    expect(mild).toBeLessThan(400);
    expect(mild).toBeGreaterThan(4);
    expect(effectiveClaims([cell(100, 100), cell(100, 0), cell(100, 100), cell(100, 0)])).toBe(4);
  });
});
