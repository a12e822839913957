/**
 * `npm run stats:check`: proves the report's intervals by simulation (docs/reports.md).
 *
 *   A/A          the small population under the default policy, twice with independent
 *                seeds: a difference is flagged significant in about 5% of outcomes
 *                (bounds 2–8%), where the naive interval that ignores the sellers flags more.
 *   known shift  a synthetic variant of each run whose true shift is exact
 *                (knownShiftVariant): its 95% intervals cover it in 93–97% of trials.
 *   synthetic    clustered data where the truth is exact (syntheticClusteredTrial).
 *
 *   npm run stats:check                                   # 400 comparisons of 500 claims
 *   npm run stats:check -- --comparisons 100 --claims 300 # quicker, looser
 *
 * Exit 1 when a rate leaves its bounds.
 */
import { loadPopulationFile } from '../../generators/index.js';
import { FINAL_OUTCOMES } from '../../engine/finalOutcomes.js';
import { clusteredDifference } from '../../reports/stats/clusteredDifference.js';
import { isSignificant } from '../../reports/stats/isSignificant.js';
import { outcomeCells } from '../../reports/stats/outcomeCells.js';
import { armOf } from './armOf.js';
import { knownShiftVariant } from './knownShiftVariant.js';
import { mulberry32 } from './mulberry32.js';
import { naiveDifference } from './naiveDifference.js';
import { syntheticClusteredTrial } from './syntheticClusteredTrial.js';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const comparisons = arg('comparisons', 400);
const claims = arg('claims', 500);
const SHIFT = 0.05;
const SHIFTED = FINAL_OUTCOMES.indexOf('openAtEnd');

const population = loadPopulationFile(new URL('../../generators/populations/small.yaml', import.meta.url).pathname);
const started = performance.now();
let aaTests = 0, aaFlagged = 0, aaNaive = 0, covered = 0, shifted = 0, naiveCovered = 0;
for (let c = 0; c < comparisons; c++) {
  const a = armOf(population, 1_000 + 2 * c, claims);
  const b = armOf(population, 1_001 + 2 * c, claims);
  const cells = outcomeCells([a], [b], FINAL_OUTCOMES.length);
  FINAL_OUTCOMES.forEach((_, o) => {
    // An outcome neither run ever ends with has nothing to test.
    if (!a.outcomes.includes(o) && !b.outcomes.includes(o)) return;
    aaTests++;
    if (isSignificant(clusteredDifference(cells[o]!).interval)) aaFlagged++;
    if (isSignificant(naiveDifference(a.outcomes, b.outcomes, o))) aaNaive++;
  });
  if (a.outcomes.includes(SHIFTED)) continue; // the truth is exact only when nobody had the outcome
  shifted++;
  const v = knownShiftVariant(a, SHIFTED, SHIFT, 77 + c);
  const i = clusteredDifference(outcomeCells([a], [v], FINAL_OUTCOMES.length)[SHIFTED]!).interval;
  if (i.low <= SHIFT && SHIFT <= i.high) covered++;
  const n = naiveDifference(a.outcomes, v.outcomes, SHIFTED);
  if (n.low <= SHIFT && SHIFT <= n.high) naiveCovered++;
}
const u = mulberry32(2026);
const shape = { clusters: 30, meanSize: 50, shift: 0.2 };
const synthTrials = 4 * comparisons;
let synthCovered = 0;
for (let t = 0; t < synthTrials; t++) {
  const i = clusteredDifference(syntheticClusteredTrial(shape, u).cells).interval;
  if (i.low <= shape.shift && shape.shift <= i.high) synthCovered++;
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const rows = [
  ['A/A false-positive rate', `${aaFlagged} of ${aaTests} outcome tests`, pct(aaFlagged / aaTests), '2%–8%', pct(aaNaive / aaTests)],
  ['known shift (+5 pp) coverage', `${covered} of ${shifted} trials`, pct(covered / shifted), '93%–97%', pct(naiveCovered / shifted)],
  [`synthetic clustered coverage (G = ${shape.clusters})`, `${synthCovered} of ${synthTrials} trials`, pct(synthCovered / synthTrials), '93%–97%', '—'],
];
const ok = [aaFlagged / aaTests >= 0.02 && aaFlagged / aaTests <= 0.08, covered / shifted >= 0.93 && covered / shifted <= 0.97, synthCovered / synthTrials >= 0.93 && synthCovered / synthTrials <= 0.97];
process.stdout.write(
  [
    `stats:check — ${population.name}, ${comparisons} comparisons of ${claims} claims (1 replication each), ${((performance.now() - started) / 1000).toFixed(0)} s`,
    '',
    '| check | count | rate | bounds | naive interval |',
    '|---|---|---|---|---|',
    ...rows.map((r, k) => `| ${r.join(' | ')} |${ok[k] ? '' : ' **out of bounds**'}`),
    '',
  ].join('\n'),
);
process.exitCode = ok.every(Boolean) ? 0 : 1;
