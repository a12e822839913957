/**
 * `npm run stats:check`: proves the report's intervals by simulation (docs/reports.md).
 *
 *   A/A          the small population under the default policy, twice with independent
 *                seeds: a difference is flagged significant in about 5% of outcome tests
 *                (bounds 2–8%), where the naive interval that ignores the sellers flags more.
 *   known shift  a synthetic variant of each run whose true shift is exact
 *                (knownShiftVariant): its 95% intervals cover it in 93–97% of trials.
 *   shares       each arm's share of each outcome covers the pooled share of all runs
 *                (the truth, known far more precisely than any one run's interval).
 *   synthetic    clustered data where the truth is exact (syntheticClusteredTrial).
 *
 *   npm run stats:check                                   # 400 comparisons of 500 claims, 1 replication
 *   npm run stats:check -- --replications 2               # 40 seller clusters per arm instead of 20
 *   npm run stats:check -- --comparisons 100 --claims 300 # quicker, looser
 *
 * Exit 1 when a rate leaves its bounds or an interval has zero width.
 */
import { loadPopulationFile } from '../../generators/index.js';
import { clusteredDifference } from '../../reports/stats/clusteredDifference.js';
import { mulberry32 } from './mulberry32.js';
import { statsTrials } from './statsTrials.js';
import { syntheticClusteredTrial } from './syntheticClusteredTrial.js';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  const v = i > 0 ? Number(process.argv[i + 1]) : fallback;
  if (!Number.isInteger(v) || v < 1 || v > 100_000) {
    process.stderr.write(`stats:check: --${name} takes a whole number from 1 to 100000 (got ${process.argv[i + 1]})\n`);
    process.exit(2);
  }
  return v;
};
const comparisons = arg('comparisons', 400);
const claims = arg('claims', 500);
const replications = arg('replications', 1);

const population = loadPopulationFile(new URL('../../generators/populations/small.yaml', import.meta.url).pathname);
const started = performance.now();
const t = statsTrials({ population, comparisons, claims, replications, shift: 0.05, firstSeed: 1_000 });
const u = mulberry32(2026);
const shape = { clusters: 30, meanSize: 50, shift: 0.2 };
const synthTrials = 4 * comparisons;
let synthCovered = 0;
for (let i = 0; i < synthTrials; i++) {
  const e = clusteredDifference(syntheticClusteredTrial(shape, u).cells).interval;
  if (e.low <= shape.shift && shape.shift <= e.high) synthCovered++;
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const within = (x: number, lo: number, hi: number) => x >= lo && x <= hi;
const rows: [string, string, number, string, string, boolean][] = [
  ['A/A false-positive rate', `${t.aaFlagged} of ${t.aaTests} outcome tests`, t.aaFlagged / t.aaTests, '2%–8%', pct(t.aaNaiveFlagged / t.aaTests), within(t.aaFlagged / t.aaTests, 0.02, 0.08)],
  ['known shift (+5 pp) coverage', `${t.shiftCovered} of ${t.shiftTrials} trials`, t.shiftCovered / t.shiftTrials, '93%–97%', pct(t.shiftNaiveCovered / t.shiftTrials), within(t.shiftCovered / t.shiftTrials, 0.93, 0.97)],
  ['share coverage (truth: pooled share of all runs)', `${t.shareCovered} of ${t.shareTrials} intervals`, t.shareCovered / t.shareTrials, '93%–97%', pct(t.shareNaiveCovered / t.shareTrials), within(t.shareCovered / t.shareTrials, 0.93, 0.97)],
  [`synthetic clustered coverage (${shape.clusters} clusters)`, `${synthCovered} of ${synthTrials} trials`, synthCovered / synthTrials, '93%–97%', '—', within(synthCovered / synthTrials, 0.93, 0.97)],
];
process.stdout.write(
  [
    `stats:check — ${population.name}, ${comparisons} comparisons of ${claims} claims × ${replications} replication${replications === 1 ? '' : 's'} per arm ` +
      `(${population.sellers * replications} seller clusters per arm), ${((performance.now() - started) / 1000).toFixed(0)} s`,
    '',
    '| check | count | rate | bounds | naive interval |',
    '|---|---|---|---|---|',
    ...rows.map(([name, n, rate, bounds, naive, ok]) => `| ${name} | ${n} | ${pct(rate)} | ${bounds} | ${naive} |${ok ? '' : ' **out of bounds**'}`),
    '',
    `zero-width intervals: ${t.zeroWidth}`,
    '',
  ].join('\n'),
);
process.exitCode = rows.every((r) => r[5]) && t.zeroWidth === 0 ? 0 : 1;
