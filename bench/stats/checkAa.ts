/**
 * `npx tsx bench/stats/checkAa.ts`: how often a comparison with no true difference flags an
 * outcome (docs/reports.md, "Many outcomes" and "A/A checks"), through buildCompareReport as
 * claimsim compare builds it:
 *
 *   --aa        small.yaml against itself, each arm on its own random stream
 *   reordered   small.yaml against itself with its buyer and seller profiles listed in reverse
 *               order, on the same seeds (claims draw different profiles: compared unpaired)
 *
 * Each row: comparisons whose primary outcome was flagged, whose any outcome was flagged (the
 * primary at 95%, the others Holm-adjusted once it changed), and, for contrast, whose any outcome
 * was significant on its own (no correction, the reading before --primary).
 *
 *   npx tsx bench/stats/checkAa.ts                                   # 1,000 comparisons a row, 2 × 300 claims
 *   npx tsx bench/stats/checkAa.ts --comparisons 400 --claims 200     # quicker
 *
 * Exit 1 when a row flags any outcome in more than 6% of its comparisons.
 */
import { readFileSync } from 'node:fs';
import { parseDocument } from 'yaml';
import { loadPopulationFile, parsePopulation } from '../../generators/index.js';
import { aaFlags } from './aaFlags.js';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  const v = i > 0 ? Number(process.argv[i + 1]) : fallback;
  if (!Number.isInteger(v) || v < 1 || v > 100_000) {
    process.stderr.write(`checkAa: --${name} takes a whole number from 1 to 100000 (got ${process.argv[i + 1]})\n`);
    process.exit(2);
  }
  return v;
};
const comparisons = arg('comparisons', 1000);
const claims = arg('claims', 300);
const replications = arg('replications', 2);

const file = new URL('../../generators/populations/small.yaml', import.meta.url).pathname;
const population = loadPopulationFile(file);
// The same population with its profiles listed in reverse order.
const doc = parseDocument(readFileSync(file, 'utf8'));
for (const key of ['buyerProfiles', 'sellerProfiles']) {
  const list = doc.get(key) as { items: unknown[] } | undefined;
  list?.items.reverse();
}
const reordered = parsePopulation(String(doc), file);

const started = performance.now();
const rows = [
  { name: '--aa (independent streams)', t: aaFlags({ population, comparisons, replications, claims, firstSeed: 5_000 }) },
  { name: 'profiles in another order (same seeds, unpaired)', t: aaFlags({ population, variant: reordered, comparisons, replications, claims, firstSeed: 105_000 }) },
];
const pct = (n: number, d: number) => `${((100 * n) / d).toFixed(1)}%`;
process.stdout.write(
  [
    `checkAa — ${population.name}, ${comparisons} comparisons a row, ${replications} × ${claims} claims per arm (${population.sellers * replications} seller clusters per arm), ${((performance.now() - started) / 1000).toFixed(0)} s`,
    '',
    '| A/A comparison | primary flagged | any outcome flagged (bound 6%) | any outcome significant, unadjusted | outcome tests significant, unadjusted |',
    '|---|---:|---:|---:|---:|',
    ...rows.map(({ name, t }) =>
      `| ${name} | ${t.primaryFlagged} (${pct(t.primaryFlagged, t.comparisons)}) | ${t.anyFlagged} (${pct(t.anyFlagged, t.comparisons)})${t.anyFlagged / t.comparisons > 0.06 ? ' **over**' : ''} | ${t.anyUnadjusted} (${pct(t.anyUnadjusted, t.comparisons)}) | ${t.outcomeSignificant} of ${t.outcomeTests} (${pct(t.outcomeSignificant, t.outcomeTests)}) |`,
    ),
    '',
  ].join('\n'),
);
process.exitCode = rows.every(({ t }) => t.anyFlagged / t.comparisons <= 0.06) ? 0 : 1;
