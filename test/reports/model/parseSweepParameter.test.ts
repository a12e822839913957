import { describe, expect, it } from 'vitest';
import { parseSweepParameter, sweepGrid } from '../../../reports/model/parseSweepParameter.js';

describe('parseSweepParameter', () => {
  it('reads a range, a stepped range and a list', () => {
    expect(parseSweepParameter('responseWindowDays=3..14')).toEqual({ key: 'responseWindowDays', values: [3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14] });
    expect(parseSweepParameter('rejectionCooldownDays=0..7:3')).toEqual({ key: 'rejectionCooldownDays', values: [0, 3, 6] });
    expect(parseSweepParameter('maxReRequests=5,1,3,1')).toEqual({ key: 'maxReRequests', values: [1, 3, 5] });
  });

  it.each([
    ['responseWindowDay=3..14', /"responseWindowDay" cannot be swept/],
    ['timezone=3..4', /"timezone" cannot be swept/],
    ['responseWindowDays=14..3', /from low to high/],
    ['responseWindowDays=0..3', /responseWindowDays must be a whole number from 1 to 3650, got 0/],
    ['responseWindowDays=abc', /a range or a list of whole numbers/],
    ['responseWindowDays=7', /at least two values/],
    ['responseWindowDays=1..1000', /more than 100 values/],
  ])('refuses %s, saying how to fix it', (text, message) => {
    const r = parseSweepParameter(text);
    expect('error' in r && r.error).toMatch(message);
  });
});

describe('sweepGrid', () => {
  it('is every combination, the first parameter varying slowest', () => {
    expect(
      sweepGrid([
        { key: 'responseWindowDays', values: [3, 7] },
        { key: 'rejectionCooldownDays', values: [0, 5] },
      ]),
    ).toEqual([
      { responseWindowDays: 3, rejectionCooldownDays: 0 },
      { responseWindowDays: 3, rejectionCooldownDays: 5 },
      { responseWindowDays: 7, rejectionCooldownDays: 0 },
      { responseWindowDays: 7, rejectionCooldownDays: 5 },
    ]);
  });
});
