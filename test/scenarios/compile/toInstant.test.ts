import { describe, expect, it } from 'vitest';
import { calendarFor, daysFromCivil } from '../../../engine/index.js';
import { formatInstant } from '../../../scenarios/compile/formatInstant.js';
import { type DateParts, parseDateText, toInstant } from '../../../engine/index.js';
import { addDuration, durationText } from '../../../scenarios/compile/toInstant.js';

const parts = (text: string) => parseDateText(text) as DateParts;
const HOUR = 3_600_000;

describe('toInstant', () => {
  const tokyo = calendarFor('Asia/Tokyo');

  it('reads a wall-clock time in the policy zone', () => {
    expect(toInstant(parts('2021-07-29T10:00'), tokyo)).toBe(Date.UTC(2021, 6, 29, 1));
  });

  it('honours an explicit offset whatever the zone', () => {
    const ny = calendarFor('America/New_York');
    expect(toInstant(parts('2021-07-29T10:00+09:00'), ny)).toBe(Date.UTC(2021, 6, 29, 1));
    expect(toInstant(parts('2021-07-29T01:00Z'), tokyo)).toBe(Date.UTC(2021, 6, 29, 1));
  });

  it('reads a date alone as the first instant of that date, even where midnight is skipped', () => {
    const santiago = calendarFor('America/Santiago');
    expect(toInstant(parts('2021-09-05'), santiago)).toBe(santiago.startOfDay(daysFromCivil(2021, 9, 5)));
    expect(formatInstant(toInstant(parts('2021-09-05'), santiago), santiago)).toBe('2021-09-05T01:00');
  });
});

describe('addDuration', () => {
  const ny = calendarFor('America/New_York');

  it('moves days on the calendar keeping the wall-clock time across a daylight-saving change', () => {
    const before = toInstant(parts('2021-03-13T10:00'), ny);
    const after = addDuration(before, { days: 1 }, ny);
    expect(formatInstant(after, ny)).toBe('2021-03-14T10:00');
    expect(after - before).toBe(23 * HOUR);
  });

  it('adds hours and minutes as elapsed time', () => {
    const before = toInstant(parts('2021-11-06T12:00'), ny);
    expect(formatInstant(addDuration(before, { hours: 24 }, ny), ny)).toBe('2021-11-07T11:00');
    expect(formatInstant(addDuration(before, { days: 1, hours: 1, minutes: 30 }, ny), ny)).toBe('2021-11-07T13:30');
  });

  it('words a duration', () => {
    expect(durationText({ days: 7 })).toBe('7 days');
    expect(durationText({ days: 1, hours: 3 })).toBe('1 day 3 hours');
    expect(durationText({})).toBe('0 minutes');
  });
});

describe('formatInstant', () => {
  const tokyo = calendarFor('Asia/Tokyo');
  it('shows seconds and milliseconds only when set', () => {
    expect(formatInstant(Date.UTC(2021, 7, 8, 15), tokyo)).toBe('2021-08-09T00:00');
    expect(formatInstant(Date.UTC(2021, 7, 8, 15, 0, 5), tokyo)).toBe('2021-08-09T00:00:05');
    expect(formatInstant(Date.UTC(2021, 7, 8, 14, 59, 59, 999), tokyo)).toBe('2021-08-08T23:59:59.999');
  });
});
