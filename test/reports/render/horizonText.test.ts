import { describe, expect, it } from 'vitest';
import { horizonText } from '../../../reports/render/horizonText.js';

describe('horizonText', () => {
  it('drops zero seconds and milliseconds, keeps what is not zero', () => {
    expect(horizonText({ start: '2024-04-01T09:00:00.000', end: '2024-06-15T00:00:30.000' })).toBe('2024-04-01 09:00 to 2024-06-15 00:00:30');
    expect(horizonText({ start: '2024-04-01T09:00:00.250', end: '2024-04-02T09:00' })).toBe('2024-04-01 09:00:00.250 to 2024-04-02 09:00');
  });
});
