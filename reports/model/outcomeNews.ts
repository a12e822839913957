import type { FinalOutcome } from '../../engine/finalOutcomes.js';

/**
 * How a rise of an outcome reads for the seller who asked for the withdrawal (docs/reports.md,
 * "Good news and bad news"): `good` when more of it is good news, `bad` when more of it is bad
 * news, `neutral` when it is neither (a withdrawal made by the buyer's silence, a run's end).
 */
export type OutcomeReading = 'good' | 'bad' | 'neutral';

const READINGS: Readonly<Record<FinalOutcome, OutcomeReading>> = {
  // R8: the seller got the withdrawal, and the buyer agreed to it.
  withdrawnByAcceptance: 'good',
  // R10: a withdrawal for the seller, but by the buyer's silence, which the marketplace would rather see answered.
  withdrawnByTimeout: 'neutral',
  // R9: the buyer refused; the claim stays.
  onHoldAtEnd: 'bad',
  // R6: still waiting when the run ended: the horizon's doing, not the policy's verdict.
  requestedAtEnd: 'neutral',
  // R16: the claim moved on before an answer; the request came to nothing.
  lapsed: 'bad',
  // R14: the seller gave its request up.
  cancelledBySeller: 'bad',
  // No withdrawal was asked for, or the claim ran its course: not the policy's to win or lose.
  completedNormally: 'neutral',
  openAtEnd: 'neutral',
};

/** Whether more of an outcome is good, bad or neutral news for the seller. */
export function outcomeReading(outcome: FinalOutcome): OutcomeReading {
  return READINGS[outcome];
}

/** What a significant change reads as: a rise of good or a fall of bad is good news. */
export type News = 'good' | 'bad' | 'neutral' | 'noise';

/**
 * A difference's news for the seller: `noise` when it is not significant; otherwise the
 * outcome's reading, turned over when the outcome falls (fewer rejections are good news).
 */
export function newsOf(outcome: FinalOutcome, estimate: number, significant: boolean): News {
  if (!significant || estimate === 0) return 'noise';
  const reading = READINGS[outcome];
  if (reading === 'neutral') return 'neutral';
  return (estimate > 0) === (reading === 'good') ? 'good' : 'bad';
}

/** The news in words, as a table cell or a verdict says it. */
export function newsText(news: News): string {
  switch (news) {
    case 'good':
      return 'good news';
    case 'bad':
      return 'bad news';
    case 'neutral':
      return 'neither good nor bad';
    case 'noise':
      return 'within noise';
    default: {
      const unreachable: never = news;
      throw new Error(`unknown news ${String(unreachable)}`);
    }
  }
}
