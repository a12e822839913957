/**
 * `npx tsx bench/stats/checkSmallEffects.ts`: proves by simulation that compare's intervals for
 * a difference of shares cover the truth 93–97% of the time also when the variant moves only a
 * few claims (docs/reports.md, "Small effects").
 *
 *   synthetic  paired trials whose truth is exact (syntheticPairedTrial): expected discordant
 *              claims 5, 10, 20, 50, 200 over 20 and 100 clusters, the change spread over every
 *              cluster or concentrated on a fifth of them; the score interval compare uses
 *              (pairedScoreDifference) beside the CR1 Wald interval it replaced.
 *   real       small.yaml, the default policy against responseWindowDays=10, through
 *              buildCompareReport as claimsim compare runs it (5 replications of 1,000 claims
 *              per comparison), against the long-run truth: the paired difference over every
 *              replication of every comparison (each comparison weighs 1/comparisons in it),
 *              plus --truth more replications of their own.
 *
 *   npx tsx bench/stats/checkSmallEffects.ts                       # 1,000 trials a setting, 250 real comparisons
 *   npx tsx bench/stats/checkSmallEffects.ts --trials 200 --comparisons 40   # quicker, looser
 *
 * Marks (*) a coverage outside 93–97%; exit 1 when a spread-shape coverage, or the real case's
 * for an outcome that moves at least 5 claims per comparison, is under 93% (too narrow: the
 * defect these intervals replace). Over 97% is conservative: the price of a count of 5.
 */
import { makePolicy } from '../../engine/index.js';
import { FINAL_OUTCOMES } from '../../engine/finalOutcomes.js';
import { loadPopulationFile } from '../../generators/index.js';
import { type ReplicationPair, buildCompareReport } from '../../reports/model/buildCompareReport.js';
import type { Interval } from '../../reports/stats/Interval.js';
import { outcomeLabel } from '../../reports/model/outcomeLabel.js';
import { replicationPair } from './replicationPair.js';
import { smallEffectCoverage } from './smallEffectCoverage.js';

const arg = (name: string, fallback: number, min = 1) => {
  const i = process.argv.indexOf(`--${name}`);
  const v = i > 0 ? Number(process.argv[i + 1]) : fallback;
  if (!Number.isInteger(v) || v < min || v > 100_000) {
    process.stderr.write(`checkSmallEffects: --${name} takes a whole number from 1 to 100000 (got ${process.argv[i + 1]})\n`);
    process.exit(2);
  }
  return v;
};
const trials = arg('trials', 1000);
const comparisons = arg('comparisons', 250);
const truthReplications = arg('truth', 0, 0);
const replications = arg('replications', 5);

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const within = (x: number) => x >= 0.93 && x <= 0.97;
const claimsPerComparison = 1000 * replications;
const started = performance.now();
let ok = true;
const lines: string[] = [`checkSmallEffects — ${trials} synthetic trials a setting; ${comparisons} real comparisons of ${replications} replications`, ''];

lines.push('| shape | clusters | discordant claims | score interval | misses toward 0 | CR1 Wald (before) | misses toward 0 |', '|---|---:|---:|---:|---:|---:|---:|');
for (const shape of ['spread', 'concentrated'] as const) {
  for (const clusters of [20, 100]) {
    for (const discordant of [5, 10, 20, 50, 200]) {
      const r = smallEffectCoverage({ clusters, meanSize: 50, discordant, shape }, trials, 1_000 * clusters + discordant + (shape === 'spread' ? 0 : 7));
      const rate = r.covered / r.trials;
      if (shape === 'spread' && rate < 0.93) ok = false;
      lines.push(`| ${shape} | ${clusters} | ${discordant} | ${pct(rate)}${within(rate) ? '' : ' *'} | ${r.missedTowardZero} | ${pct(r.waldCovered / r.trials)} | ${r.waldMissedTowardZero} |`);
    }
  }
}
lines.push('', '(* outside 93–97%; only under 93% fails the check)', '');

// The real case: as claimsim compare -p small.yaml --variant responseWindowDays=10 runs it.
const population = loadPopulationFile(new URL('../../generators/populations/small.yaml', import.meta.url).pathname);
const arms = { baseline: [population, makePolicy({})], variant: [population, makePolicy({ responseWindowDays: 10 })] } as const;
const truthMoves = FINAL_OUTCOMES.map(() => 0);
let truthClaims = 0;
const tally = (p: ReplicationPair) => {
  p.baselineOutcomes.forEach((b, i) => {
    const v = p.variantOutcomes[i]!;
    if (b === v) return;
    truthMoves[v]!++;
    truthMoves[b]!--;
  });
  truthClaims += p.baselineOutcomes.length;
};
for (let r = 0; r < truthReplications; r++) tally(replicationPair(arms, 900_000 + r, 900_000 + r));
const intervals: Interval[][] = [];
const discordantPerRun: number[] = [];
for (let c = 0; c < comparisons; c++) {
  const pairs = Array.from({ length: replications }, (_, r) => replicationPair(arms, 10_000 + c * replications + r, 10_000 + c * replications + r));
  pairs.forEach(tally);
  const report = buildCompareReport(pairs);
  discordantPerRun.push(report.transitions.changed / replications);
  intervals.push(report.outcomes.map((o) => o.difference));
}
const truth = truthMoves.map((m) => m / truthClaims);
const covered = FINAL_OUTCOMES.map((_, i) => intervals.filter((x) => x[i]!.low <= truth[i]! && truth[i]! <= x[i]!.high).length);
const flaggedTimes = FINAL_OUTCOMES.map((_, i) => intervals.filter((x) => x[i]!.low > 0 || x[i]!.high < 0).length);
const meanMoved = discordantPerRun.reduce((a, b) => a + b, 0) / comparisons;
lines.push(
  `Real case: small.yaml, responseWindowDays 7 → 10, ${comparisons} comparisons of ${replications} × 1,000 claims (about ${meanMoved.toFixed(0)} claims change outcome per replication); ` +
    `truth: the paired difference over all ${comparisons * replications + truthReplications} replications (${truthClaims.toLocaleString('en')} claim pairs).`,
  '',
  '| outcome | true difference | claims it moves per comparison | coverage | significant |',
  '|---|---:|---:|---:|---:|',
);
FINAL_OUTCOMES.forEach((o, i) => {
  if (truthMoves[i] === 0) return;
  const rate = covered[i]! / comparisons;
  // An outcome that moves fewer than 5 claims in a comparison is mostly seen not to move at all: its coverage says little.
  const moved = Math.abs(truth[i]!) * claimsPerComparison;
  if (moved >= 5 && rate < 0.93) ok = false;
  lines.push(`| ${outcomeLabel(o)} | ${(truth[i]! * 100).toFixed(3)} pp | ${moved.toFixed(1)} | ${pct(rate)}${within(rate) ? '' : ' *'} | ${pct(flaggedTimes[i]! / comparisons)} |`);
});
lines.push('', `${((performance.now() - started) / 1000).toFixed(0)} s`, '');
process.stdout.write(lines.join('\n'));
process.exitCode = ok ? 0 : 1;
