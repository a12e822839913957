import { describe, expect, it } from 'vitest';
import { endOfWindow, lastDayOfWindow, startOfDayAfter } from '../../engine/dayCounting.js';
import { localTime, tokyo } from './support/localTime.js';

const newYork = localTime('America/New_York');

describe('day counting: an N-day window from date D covers D … D+N−1 and runs out at 00:00 of D+N', () => {
  it('R6: a request at any time on 2021-07-29 with a 7-day window has 2021-08-04 as its last day and runs out at 00:00 of 2021-08-05', () => {
    for (const at of [tokyo.midnight('2021-07-29'), tokyo.at('2021-07-29T10:00'), tokyo.endOf('2021-07-29')]) {
      expect(lastDayOfWindow(tokyo.calendar, at, 7)).toBe(tokyo.day('2021-08-04'));
      expect(endOfWindow(tokyo.calendar, lastDayOfWindow(tokyo.calendar, at, 7))).toBe(tokyo.midnight('2021-08-05'));
      expect(startOfDayAfter(tokyo.calendar, at, 7)).toBe(tokyo.midnight('2021-08-05'));
    }
  });

  it('one millisecond later is the next date, so everything moves by a day', () => {
    const next = tokyo.endOf('2021-07-29') + 1;
    expect(lastDayOfWindow(tokyo.calendar, next, 7)).toBe(tokyo.day('2021-08-05'));
    expect(startOfDayAfter(tokyo.calendar, next, 7)).toBe(tokyo.midnight('2021-08-06'));
  });

  it('a one-day window ends on its own date; zero days after is the start of that date', () => {
    const at = tokyo.at('2021-07-29T10:00');
    expect(lastDayOfWindow(tokyo.calendar, at, 1)).toBe(tokyo.day('2021-07-29'));
    expect(startOfDayAfter(tokyo.calendar, at, 0)).toBe(tokyo.midnight('2021-07-29'));
  });

  it('counts dates, not 24-hour spans, across a daylight-saving change', () => {
    const before = newYork.at('2021-03-13T12:00');
    expect(startOfDayAfter(newYork.calendar, before, 1)).toBe(Date.UTC(2021, 2, 14, 5));
    expect(startOfDayAfter(newYork.calendar, before, 2)).toBe(Date.UTC(2021, 2, 15, 4));
    expect(endOfWindow(newYork.calendar, newYork.day('2021-03-14'))).toBe(Date.UTC(2021, 2, 15, 4));
  });
});
