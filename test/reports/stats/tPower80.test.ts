import { describe, expect, it } from 'vitest';
import { tPower80 } from '../../../reports/stats/tPower80.js';

describe('tPower80', () => {
  it('matches the exact quantiles at 1 and 2 degrees of freedom', () => {
    // t₁ is Cauchy: tan(π (p − ½)); t₂: (2p − 1) / √(2p(1 − p)).
    expect(tPower80(1)).toBeCloseTo(Math.tan(Math.PI * 0.3), 4);
    expect(tPower80(2)).toBeCloseTo(0.6 / Math.sqrt(0.32), 4);
  });

  it('joins the table smoothly and falls towards the normal quantile', () => {
    expect(tPower80(31)).toBeCloseTo(0.8534, 4);
    expect(tPower80(60)).toBeCloseTo(0.8477, 4);
    expect(tPower80(30)).toBeGreaterThan(tPower80(31));
    expect(tPower80(1e6)).toBeCloseTo(0.8416, 4);
  });
});
