import { describe, expect, it } from 'vitest';
import { FINAL_OUTCOMES } from '../../../engine/finalOutcomes.js';
import { newsOf, outcomeReading } from '../../../reports/model/outcomeNews.js';

describe('good or bad news for the seller', () => {
  it('reads each outcome by what it means for the seller who asked for the withdrawal', () => {
    expect(Object.fromEntries(FINAL_OUTCOMES.map((o) => [o, outcomeReading(o)]))).toEqual({
      withdrawnByAcceptance: 'good',
      withdrawnByTimeout: 'neutral',
      onHoldAtEnd: 'bad',
      requestedAtEnd: 'neutral',
      lapsed: 'bad',
      cancelledBySeller: 'bad',
      completedNormally: 'neutral',
      openAtEnd: 'neutral',
    });
  });

  it('a rise of a good outcome or a fall of a bad one is good news; a change within noise is no news', () => {
    expect(newsOf('withdrawnByAcceptance', 0.01, true)).toBe('good');
    expect(newsOf('withdrawnByAcceptance', -0.01, true)).toBe('bad');
    expect(newsOf('onHoldAtEnd', 0.01, true)).toBe('bad');
    expect(newsOf('lapsed', -0.0006, true)).toBe('good');
    expect(newsOf('withdrawnByTimeout', -0.02, true)).toBe('neutral');
    expect(newsOf('withdrawnByAcceptance', 0.01, false)).toBe('noise');
  });
});
