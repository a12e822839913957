import type { CompareReport } from '../model/CompareReport.js';
import { outcomeLabel } from '../model/outcomeLabel.js';
import type { News } from '../model/outcomeNews.js';
import { differenceText, pointsSize } from './format.js';
import { comparisonNews } from './outcomeComparisonCells.js';

/** One line of a comparison's verdict: the flagged changes that read the same for the seller. */
export interface VerdictLine {
  readonly news: Exclude<News, 'noise'>;
  /** "Good news for the seller", "Bad news for the seller", "Neither good nor bad". */
  readonly heading: string;
  /** “withdrawn, buyer accepted” rises by 1.85 pp, … */
  readonly changes: readonly string[];
}

const HEADINGS = { good: 'Good news for the seller', bad: 'Bad news for the seller', neutral: 'Neither good nor bad' } as const;

/**
 * What changed beyond noise under the variant (flagged: the primary outcome at 95%, the others
 * Holm-adjusted once it changed), grouped by what it means for the seller (outcomeNews): good
 * news first, then bad, then neither. Empty when nothing changed.
 */
export function compareVerdict(r: CompareReport): VerdictLine[] {
  return (['good', 'bad', 'neutral'] as const)
    .map((news) => ({
      news,
      heading: HEADINGS[news],
      changes: r.outcomes
        .filter((o) => comparisonNews(o) === news)
        .map((o) => `“${outcomeLabel(o.outcome)}” ${o.difference.estimate > 0 ? 'rises' : 'falls'} by ${pointsSize(o.difference.estimate)}`),
    }))
    .filter((l) => l.changes.length > 0);
}

/**
 * The verdict's first sentence: the primary outcome decides, at 95% on its own; the others are
 * read only once it changed (Holm's procedure, a family-wise 5%).
 */
export function primaryVerdictText(r: CompareReport): string {
  const o = r.outcomes.find((x) => x.outcome === r.primary)!;
  const head = `Primary outcome “${outcomeLabel(o.outcome)}” (--primary ${o.outcome}): ${differenceText(o.difference)}`;
  if (o.flagged) {
    return `${head}, beyond noise. The other outcomes are flagged only when their Holm-adjusted p-value is under 0.05 (together wrong at most 5% of the time).`;
  }
  return `${head}, within noise (its 95% interval includes 0): the other outcomes are not tested, so that the comparison as a whole flags a change that is not there at most 5% of the time.`;
}

/**
 * When the primary did not change but other outcomes are significant on their own: says so, as
 * an observation the comparison does not claim (they were not tested). Null otherwise.
 */
export function untestedText(r: CompareReport): string | null {
  const primary = r.outcomes.find((o) => o.outcome === r.primary)!;
  if (primary.flagged) return null;
  const own = r.outcomes.filter((o) => o.outcome !== r.primary && o.significant);
  if (own.length === 0) return null;
  const list = own.map((o) => `“${outcomeLabel(o.outcome)}” (${differenceText(o.difference)})`).join(', ');
  return (
    `On ${own.length === 1 ? 'its' : 'their'} own, without correction, ${list} ${own.length === 1 ? 'lies' : 'lie'} beyond noise; with the primary unchanged ` +
    `${own.length === 1 ? 'it is' : 'they are'} not tested, so the comparison does not claim ${own.length === 1 ? 'it' : 'them'}: to decide on ${own.length === 1 ? 'it' : 'one of them'}, name it with --primary (before looking), or add replications.`
  );
}

/** An A/A check's reading: the arms differ in nothing but their random streams, so a flag is a false positive. */
export function aaVerdictText(r: CompareReport): string {
  const flagged = r.outcomes.filter((o) => o.flagged);
  const intro =
    'This is an A/A check: the two arms are the same population under the same policy, run on independent random streams ' +
    `(baseline seeds ${seedsText(r.seeds)}, variant seeds ${seedsText(r.variantSeeds ?? r.seeds)}), so every true difference is 0.`;
  return flagged.length === 0
    ? `${intro} Nothing is flagged, as expected (a flag would be a false positive; at most 5% of A/A checks show one).`
    : `${intro} ${flagged.map((o) => `“${outcomeLabel(o.outcome)}”`).join(', ')} ${flagged.length === 1 ? 'is' : 'are'} flagged: a false positive, which at most 5% of A/A checks show; more often than that means the intervals are too narrow.`;
}

function seedsText(seeds: readonly number[]): string {
  if (seeds.length === 1) return String(seeds[0]);
  const consecutive = seeds.every((s, i) => i === 0 || s === seeds[i - 1]! + 1);
  return consecutive ? `${seeds[0]}–${seeds[seeds.length - 1]}` : seeds.join(', ');
}

/** What the transition table is when the arms' claims are not paired. */
export const UNPAIRED_TRANSITIONS =
  'The arms’ claims are not paired (their random numbers differ), so claim i of one arm is not claim i of the other: these transitions show how much claims vary, not what the variant did to them.';

/** The verdict when nothing changed beyond noise. */
export const NO_CHANGE_VERDICT = 'No outcome changes beyond noise under the variant.';
