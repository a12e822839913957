import { describe, expect, it } from 'vitest';
import { pairedDifference, perClaimDifference } from '../../../reports/stats/pairedDifference.js';

describe('pairedDifference (common random numbers)', () => {
  it('over K ≥ 2 replications, is the t-interval of the per-replication differences', () => {
    const i = pairedDifference([0.2, 0.3, 0.25], [0.25, 0.36, 0.29]);
    expect(i.method).toBe('t');
    expect(i.estimate).toBeCloseTo(0.05, 12);
    expect(i.low).toBeGreaterThan(0);
  });

  it('pairing removes the replications’ shared noise that an unpaired comparison would keep', () => {
    // Shares swing between replications, but the variant is always 2 points above.
    const base = [0.1, 0.4, 0.2, 0.3];
    const paired = pairedDifference(base, base.map((b) => b + 0.02));
    expect(paired.low).toBeCloseTo(0.02, 12);
    expect(paired.high).toBeCloseTo(0.02, 12);
  });

  it('with one replication, uses the per-claim pairs', () => {
    const b = Uint8Array.from([0, 0, 1, 1, 1, 1, 2, 2, 2, 2]);
    const v = Uint8Array.from([0, 0, 0, 0, 1, 1, 2, 2, 2, 2]);
    const i = pairedDifference([0.2], [0.4], { baseline: b, variant: v, outcome: 0 });
    expect(i.method).toBe('paired');
    expect(i.estimate).toBeCloseTo(0.2, 12);
  });
});

describe('perClaimDifference', () => {
  it('is zero, with zero width, when no claim moved', () => {
    const a = Uint8Array.from([0, 1, 2, 0]);
    expect(perClaimDifference(a, a, 0)).toMatchObject({ estimate: 0, low: 0, high: 0 });
  });

  it('counts claims gained and lost by the outcome (McNemar pairs)', () => {
    const n = 1000;
    const b = new Uint8Array(n);
    const v = new Uint8Array(n);
    for (let i = 0; i < 100; i++) v[i] = 1; // 100 claims leave outcome 0 for 1
    const i = perClaimDifference(b, v, 1);
    expect(i.estimate).toBeCloseTo(0.1, 12);
    // sd of d_i: sqrt((100 - 1000 * 0.01) / 999)
    const half = 1.959964 * Math.sqrt((100 - n * 0.01) / (n - 1) / n);
    expect(i.high - i.estimate).toBeCloseTo(half, 5);
    expect(perClaimDifference(b, v, 0).estimate).toBeCloseTo(-0.1, 12);
  });
});
