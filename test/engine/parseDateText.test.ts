import { describe, expect, it } from 'vitest';
import { parseDateText } from '../../engine/parseDateText.js';

describe('parseDateText', () => {
  it.each([
    ['2021-07-29', { year: 2021, month: 7, day: 29, msOfDay: null, offsetMs: null }],
    ['2021-07-29T10:00', { year: 2021, month: 7, day: 29, msOfDay: 36_000_000, offsetMs: null }],
    ['2021-08-04T23:59:59.999', { year: 2021, month: 8, day: 4, msOfDay: 86_399_999, offsetMs: null }],
    ['2021-08-04T23:59:59.5', { year: 2021, month: 8, day: 4, msOfDay: 86_399_500, offsetMs: null }],
    ['2021-07-29T10:00+09:00', { year: 2021, month: 7, day: 29, msOfDay: 36_000_000, offsetMs: 32_400_000 }],
    ['2021-07-29T10:00-03:30', { year: 2021, month: 7, day: 29, msOfDay: 36_000_000, offsetMs: -12_600_000 }],
    ['2021-07-29T01:00Z', { year: 2021, month: 7, day: 29, msOfDay: 3_600_000, offsetMs: 0 }],
    ['2024-02-29', { year: 2024, month: 2, day: 29, msOfDay: null, offsetMs: null }],
  ])('reads %s', (text, parts) => {
    expect(parseDateText(text)).toEqual(parts);
  });

  it.each([
    ['2021-02-29', 'impossible date 2021-02-29: February 2021 has 28 days'],
    ['2021-04-31T10:00', 'impossible date 2021-04-31T10:00: April 2021 has 30 days'],
    ['2021-13-01', 'impossible date 2021-13-01: there is no month 13 (months run 01 to 12)'],
    ['2021-07-29T24:00', 'impossible time in 2021-07-29T24:00 (hours run 00-23, minutes and seconds 00-59)'],
    ['2021-07-29T10:60', 'impossible time in 2021-07-29T10:60 (hours run 00-23, minutes and seconds 00-59)'],
    ['2021-07-29T10:00+15:00', 'impossible offset +15:00 in 2021-07-29T10:00+15:00 (offsets run from -14:00 to +14:00)'],
  ])('refuses the impossible %s', (text, message) => {
    expect(parseDateText(text)).toBe(message);
  });

  it.each(['2021/07/29', '29-07-2021', '2021-7-29', '2021-07-29 10:00', '2021-07-29T10', 'tomorrow', '2021-07-29Z'])('refuses the malformed %s', (text) => {
    expect(parseDateText(text)).toMatch(/is not a date \(write YYYY-MM-DD/);
  });
});
