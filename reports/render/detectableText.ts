import { count, pointsSize } from './format.js';

/**
 * The run's detectable effect as a sentence that holds beside any significant row: "detectable"
 * is the minimum detectable effect at 80% power, the size this run finds 4 times in 5, not a
 * floor below which nothing is significant. A smaller true difference can still come out
 * significant (its interval excludes 0); it is only not reliably found, so "no" below that size
 * means "not found", not "no effect".
 */
export function detectableText(detectable: number, claims: number, clusters?: number, column = true): string {
  const size = `${count(claims)} claims${clusters !== undefined ? ` (${count(clusters)} seller clusters)` : ''}`;
  return (
    `With ${size}, this run finds a true difference of about ${pointsSize(detectable)} or more 4 times in 5 ` +
    `(80% power at the 5% level${column ? '; each outcome’s own size is in the “detectable” column' : ''}). ` +
    'A smaller difference can still come out significant, when its 95% interval excludes 0, but is often missed: ' +
    'below that size, “not significant” means not found, not “no effect”.'
  );
}

/** What the "detectable" column means, where it is shown. */
export const DETECTABLE_MEANING =
  '“detectable” is the smallest true difference this run would find significant 4 times in 5 (80% power at the 5% level), ' +
  'its minimum detectable effect; a smaller difference can still be significant, but is not reliably found.';

/** What the "significant" column means, where it is shown. */
export const SIGNIFICANT_MEANING = '“significant”: the 95% interval of the difference, estimated from its spread, lies wholly on one side of 0 (beyond noise).';

/** What the "adjusted (Holm)" column means, and how the verdict reads the outcomes. */
export const ADJUSTED_MEANING =
  '“adjusted (Holm)”: the primary outcome decides at 95% on its own; the other outcomes are tested only once it changed, each flagged when its Holm-adjusted p-value is under 0.05, ' +
  'so that a comparison flags a change that is not there at most 5% of the time however many outcomes it shows (“not tested”: the primary did not change). ' +
  '“significant” is each outcome on its own, unadjusted: with eight outcomes, one of them is often “significant” by chance.';
