import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Calendar, MS_PER_DAY, MS_PER_HOUR, daysFromCivil } from '../../engine/index.js';

const d = (y: number, m: number, day: number) => daysFromCivil(y, m, day);
const ZONES = ['Asia/Tokyo', 'UTC', 'Etc/GMT+5', 'America/New_York', 'America/Santiago', 'Europe/London', 'Asia/Kolkata', 'Australia/Lord_Howe', 'Pacific/Chatham', 'America/Havana', 'Asia/Tehran'];

describe('Calendar in Asia/Tokyo (UTC+9, no daylight saving)', () => {
  const cal = new Calendar('Asia/Tokyo');

  it('00:00 on 2021-08-05 is 15:00 UTC on 8/4', () => {
    expect(cal.startOfDay(d(2021, 8, 5))).toBe(Date.UTC(2021, 7, 4, 15));
  });

  it('the last millisecond of 8/4 is on 8/4, the next on 8/5', () => {
    expect(cal.dayOf(Date.UTC(2021, 7, 4, 14, 59, 59, 999))).toBe(d(2021, 8, 4));
    expect(cal.dayOf(Date.UTC(2021, 7, 4, 15))).toBe(d(2021, 8, 5));
  });

  it('formats dates and local wall times', () => {
    const t = Date.UTC(2021, 7, 4, 14, 59, 59, 999);
    expect(cal.formatDate(t)).toBe('2021-08-04');
    expect(cal.formatLocal(t)).toBe('2021-08-04T23:59:59.999');
    expect(cal.msOfDay(t)).toBe(MS_PER_DAY - 1);
  });

  it('reads wall times on a date', () => {
    expect(cal.atWallTime(d(2021, 7, 29), 10 * MS_PER_HOUR)).toBe(Date.UTC(2021, 6, 29, 1));
  });

  it('knows its offset', () => {
    expect(cal.offsetAt(Date.UTC(2021, 0, 1))).toBe(9 * MS_PER_HOUR);
  });

  it('works before 1970', () => {
    expect(cal.dayOf(Date.UTC(1969, 11, 31, 15))).toBe(0);
    expect(cal.dayOf(Date.UTC(1969, 11, 31, 14, 59, 59, 999))).toBe(-1);
    expect(cal.formatLocal(-1)).toBe('1970-01-01T08:59:59.999');
  });
});

describe('Calendar in a fixed-offset zone', () => {
  it('Etc/GMT+5 (UTC−5) starts every day at 05:00 UTC, summer and winter', () => {
    const cal = new Calendar('Etc/GMT+5');
    for (const day of [d(2021, 1, 15), d(2021, 3, 14), d(2021, 7, 1), d(2021, 11, 7)]) {
      expect(cal.startOfDay(day)).toBe(day * MS_PER_DAY + 5 * MS_PER_HOUR);
    }
  });

  it('Etc/GMT-9 agrees with Asia/Tokyo', () => {
    const a = new Calendar('Etc/GMT-9');
    const b = new Calendar('Asia/Tokyo');
    for (const t of [0, Date.UTC(2021, 7, 4, 14, 59, 59, 999), Date.UTC(2021, 7, 4, 15), Date.UTC(2030, 0, 1)]) {
      expect([a.dayOf(t), a.formatLocal(t)]).toEqual([b.dayOf(t), b.formatLocal(t)]);
    }
  });

  it('UTC days start at multiples of a day', () => {
    const cal = new Calendar('UTC');
    expect(cal.startOfDay(d(2021, 8, 5))).toBe(Date.UTC(2021, 7, 5));
  });
});

describe('Calendar round trips, in zones with and without daylight saving', () => {
  it.each(ZONES)('%s: every instant lies in [startOfDay(dayOf(t)), startOfDay(dayOf(t) + 1))', (zone) => {
    const cal = new Calendar(zone);
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2040, 0, 1) }), (t) => {
        const day = cal.dayOf(t);
        expect(cal.startOfDay(day)).toBeLessThanOrEqual(t);
        expect(cal.startOfDay(day + 1)).toBeGreaterThan(t);
        expect(cal.formatDate(t)).toBe(cal.formatLocal(t).slice(0, 10));
      }),
      { seed: 804, numRuns: 120 },
    );
  });

  it.each(ZONES)('%s: dayOf(startOfDay(d)) = d and the instant before is on d − 1', (zone) => {
    const cal = new Calendar(zone);
    fc.assert(
      fc.property(fc.integer({ min: d(1990, 1, 1), max: d(2040, 1, 1) }), (day) => {
        const start = cal.startOfDay(day);
        expect(cal.dayOf(start)).toBe(day);
        expect(cal.dayOf(start - 1)).toBe(day - 1);
      }),
      { seed: 810, numRuns: 120 },
    );
  });

  it('every day of 2021 and 2022 round-trips in New York and Santiago, whatever order the days are asked in', () => {
    for (const zone of ['America/New_York', 'America/Santiago']) {
      const cal = new Calendar(zone);
      const days = Array.from({ length: 730 }, (_, i) => d(2021, 1, 1) + ((i * 367) % 730));
      for (const day of days) {
        expect(cal.dayOf(cal.startOfDay(day))).toBe(day);
        expect(cal.dayOf(cal.startOfDay(day) - 1)).toBe(day - 1);
      }
    }
  });
});

describe('Calendar zones', () => {
  it.each(['Asia/Tokyo', 'America/New_York', 'UTC', 'Etc/GMT+5'])('%s is a valid zone', (zone) => {
    expect(Calendar.isValidZone(zone)).toBe(true);
  });

  it.each(['Mars/Olympus_Mons', 'Tokyo', '', 'GMT+25'])('%j is not', (zone) => {
    expect(Calendar.isValidZone(zone)).toBe(false);
  });
});

describe('Calendar hot path', () => {
  afterEach(() => vi.restoreAllMocks());

  it('does not call Intl again for days it has already looked up', () => {
    const cal = new Calendar('America/New_York');
    const first = d(2021, 3, 10);
    for (let day = first; day < first + 10; day++) cal.dayOf(cal.startOfDay(day) + 1);
    const spy = vi.spyOn(Intl.DateTimeFormat.prototype, 'formatToParts');
    for (let day = first; day < first + 9; day++) {
      const start = cal.startOfDay(day);
      for (const t of [start, start + 1, start + 12 * MS_PER_HOUR, cal.startOfDay(day + 1) - 1]) expect(cal.dayOf(t)).toBe(day);
    }
    // Jumping back and forth between cached days is still a lookup.
    expect(cal.dayOf(cal.startOfDay(first))).toBe(first);
    expect(cal.dayOf(cal.startOfDay(first + 8))).toBe(first + 8);
    expect(spy).not.toHaveBeenCalled();
  });

  it('calls Intl (the spy can see it) for a day not looked up before', () => {
    const cal = new Calendar('Asia/Tokyo');
    cal.dayOf(Date.UTC(2021, 0, 1));
    const spy = vi.spyOn(Intl.DateTimeFormat.prototype, 'formatToParts');
    cal.dayOf(Date.UTC(2025, 0, 1));
    expect(spy).toHaveBeenCalled();
  });
});
