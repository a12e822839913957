import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { civilFromDays, daysFromCivil, formatDay, isValidDate } from '../../engine/index.js';

describe('civil dates as day numbers', () => {
  it('day 0 is 1970-01-01 and the manual’s dates have their day numbers', () => {
    expect(daysFromCivil(1970, 1, 1)).toBe(0);
    expect(daysFromCivil(2021, 8, 4)).toBe(Date.UTC(2021, 7, 4) / 86_400_000);
    expect(formatDay(daysFromCivil(2021, 8, 4) + 6)).toBe('2021-08-10');
    expect(formatDay(daysFromCivil(2021, 7, 29) + 6)).toBe('2021-08-04');
  });

  it('agrees with Date.UTC for any date from year 1 to 9999', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date(Date.UTC(1, 0, 1)), max: new Date(Date.UTC(9999, 11, 31)), noInvalidDate: true }), (date) => {
        const day = Math.floor(date.getTime() / 86_400_000);
        const c = civilFromDays(day);
        expect([c.year, c.month, c.day]).toEqual([date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()]);
        expect(daysFromCivil(c.year, c.month, c.day)).toBe(day);
      }),
      { seed: 729, numRuns: 500 },
    );
  });

  it('formats with zero padding, before 1970 too', () => {
    expect(formatDay(-1)).toBe('1969-12-31');
    expect(formatDay(daysFromCivil(987, 3, 5))).toBe('0987-03-05');
  });

  it.each([
    [2020, 2, 29, true],
    [2021, 2, 29, false],
    [1900, 2, 29, false],
    [2000, 2, 29, true],
    [2021, 4, 31, false],
    [2021, 12, 31, true],
    [2021, 13, 1, false],
    [2021, 0, 1, false],
    [2021, 1, 0, false],
    [2021, 1.5, 1, false],
  ])('isValidDate(%i, %i, %i) is %s', (y, m, d, valid) => {
    expect(isValidDate(y, m, d)).toBe(valid);
  });
});
