import { describe, expect, it } from 'vitest';
import { count, differenceText, points, pointsSize, signedPercent } from '../../../reports/render/format.js';

describe('the one number format of console, Markdown and HTML', () => {
  it('writes whole numbers with thousands separators', () => {
    expect(count(1234567)).toBe('1,234,567');
    expect(count(-1000)).toBe('-1,000');
    expect(count(999)).toBe('999');
  });

  it('keeps the side of a difference that rounds to zero; only an exact zero is ±', () => {
    expect(points(0.0123)).toBe('+1.23 pp');
    expect(points(-0.0123)).toBe('-1.23 pp');
    expect(points(0.00001)).toBe('+0.00 pp');
    expect(points(-0.00001)).toBe('-0.00 pp');
    expect(points(0)).toBe('±0.00 pp');
    expect(differenceText({ estimate: 0.0013, low: 0.00001, high: 0.0026, method: 'cluster' })).toBe('+0.13 pp [+0.00, +0.26]');
  });

  it('writes sizes unsigned and relative changes signed', () => {
    expect(pointsSize(-0.0048)).toBe('0.48 pp');
    expect(signedPercent(0.123)).toBe('+12.3%');
    expect(signedPercent(-0.05)).toBe('-5.0%');
  });
});
