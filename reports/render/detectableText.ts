import { count, pointsSize } from './format.js';

/**
 * The run's detectable effect as a sentence: "With 3,000 claims (40 seller clusters),
 * differences under about 0.48 pp cannot be told from noise (80% power at the 5% level)."
 */
export function detectableText(detectable: number, claims: number, clusters?: number): string {
  const size = `${count(claims)} claims${clusters !== undefined ? ` (${count(clusters)} seller clusters)` : ''}`;
  return `With ${size}, differences under about ${pointsSize(detectable)} cannot be told from noise (80% power at the 5% level).`;
}
