import { describe, expect, it } from 'vitest';
import { type ClaimEvent, calendarFor } from '../../../engine/index.js';
import { isoInstant, isoTimesOf } from '../../../generators/parallel/isoTimes.js';

describe('the events file’s ISO instants, in the policy’s zone', () => {
  it('writes the wall time and the offset in force then (Tokyo, +09:00)', () => {
    expect(isoInstant(Date.UTC(2021, 6, 28, 15, 0), calendarFor('Asia/Tokyo'))).toBe('2021-07-29T00:00:00.000+09:00');
  });

  it('follows a daylight-saving change (New York: −05:00 in winter, −04:00 after spring forward)', () => {
    const ny = calendarFor('America/New_York');
    expect(isoInstant(Date.UTC(2024, 2, 10, 6, 59, 59, 999), ny)).toBe('2024-03-10T01:59:59.999-05:00');
    expect(isoInstant(Date.UTC(2024, 2, 10, 7, 0), ny)).toBe('2024-03-10T03:00:00.000-04:00');
  });

  it('names every instant of an event by its field, and the deadline as a date', () => {
    const tokyo = calendarFor('Asia/Tokyo');
    const e: ClaimEvent = {
      kind: 'WithdrawalRequested',
      at: Date.UTC(2021, 6, 29, 1),
      claim: 'C1',
      reRequest: false,
      request: 1,
      message: 'Please withdraw.',
      deadline: 18843, // 2021-08-04
      timeoutAt: Date.UTC(2021, 7, 4, 15),
      pendingWithdrawals: 1,
      pii: [],
    };
    expect(isoTimesOf(e, tokyo)).toEqual({ at: '2021-07-29T10:00:00.000+09:00', timeoutAt: '2021-08-05T00:00:00.000+09:00', deadline: '2021-08-04' });
  });
});
