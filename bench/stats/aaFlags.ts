import { DEFAULT_POLICY } from '../../engine/index.js';
import type { Population } from '../../generators/index.js';
import { armSeeds } from '../../cli/populationTasks/replicationSeeds.js';
import { type CompareView, buildCompareReport } from '../../reports/model/buildCompareReport.js';
import { replicationPair } from './replicationPair.js';

/** What A/A comparisons flagged: the verdict's primary outcome, any outcome (primary or Holm-adjusted), and any outcome on its own unadjusted 95% (the reading before --primary). */
export interface AaCounts {
  comparisons: number;
  primaryFlagged: number;
  anyFlagged: number;
  anyUnadjusted: number;
  /** Outcome tests unadjusted (outcomes either arm had), and how many were significant on their own. */
  outcomeTests: number;
  outcomeSignificant: number;
}

/**
 * `comparisons` A/A comparisons through buildCompareReport, as claimsim compare builds them:
 * `independent` — the population against itself, each arm on its own seeds (--aa, armSeeds);
 * else the baseline population against `variant` (the same behaviour in distribution, say its
 * profiles in another order) on the same seeds, compared unpaired. Deterministic in `firstSeed`.
 */
export function aaFlags(o: {
  readonly population: Population;
  readonly variant?: Population;
  readonly comparisons: number;
  readonly replications: number;
  readonly claims: number;
  readonly firstSeed: number;
}): AaCounts {
  const t: AaCounts = { comparisons: 0, primaryFlagged: 0, anyFlagged: 0, anyUnadjusted: 0, outcomeTests: 0, outcomeSignificant: 0 };
  const independent = o.variant === undefined;
  const arms = { baseline: [o.population, DEFAULT_POLICY], variant: [o.variant ?? o.population, DEFAULT_POLICY] } as const;
  const view: CompareView = { pairing: 'unpaired', aa: independent };
  for (let c = 0; c < o.comparisons; c++) {
    const seeds = armSeeds(o.firstSeed + 2 * c * o.replications, o.replications, independent);
    const pairs = seeds.baseline.map((s, r) => replicationPair(arms, s, seeds.variant[r]!, o.claims));
    const report = buildCompareReport(pairs, [], view);
    t.comparisons++;
    const primary = report.outcomes.find((x) => x.outcome === report.primary)!;
    if (primary.flagged) t.primaryFlagged++;
    if (report.outcomes.some((x) => x.flagged)) t.anyFlagged++;
    if (report.outcomes.some((x) => x.significant)) t.anyUnadjusted++;
    for (const x of report.outcomes) {
      if (x.baseline.estimate === 0 && x.variant.estimate === 0) continue;
      t.outcomeTests++;
      if (x.significant) t.outcomeSignificant++;
    }
  }
  return t;
}
