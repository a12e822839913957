import { describe, expect, it } from 'vitest';
import { FINAL_OUTCOMES, type FinalOutcome } from '../../../engine/finalOutcomes.js';
import { periodTable } from '../../../reports/render/periodTable.js';

const outcomes = (o: Partial<Record<FinalOutcome, number>>) => Object.fromEntries(FINAL_OUTCOMES.map((k) => [k, o[k] ?? 0])) as Record<FinalOutcome, number>;

describe('the report table of outcomes before and after a dated change', () => {
  it('a row per period, its claims, and each outcome that occurs as a share of them', () => {
    const t = periodTable([
      { from: null, until: '2024-04-15T00:00:00.000', requested: 4, outcomes: outcomes({ withdrawnByAcceptance: 1, withdrawnByTimeout: 3 }) },
      { from: '2024-04-15T00:00:00.000', until: null, requested: 0, outcomes: outcomes({}) },
    ]);
    expect(t.headers).toEqual(['first request made', 'claims', 'withdrawn, buyer accepted', 'auto-withdrawn, no answer']);
    expect(t.rows).toEqual([
      ['before 2024-04-15T00:00:00.000', '4', '25.0% (1)', '75.0% (3)'],
      ['from 2024-04-15T00:00:00.000', '0', '—', '—'],
    ]);
    expect(t.numeric).toEqual([1, 2, 3]);
  });
});
