import type { Policy } from '../../../engine/index.js';
import { type Population, loadPopulationData, loadPopulationFile } from '../../../generators/index.js';
import type { ParameterDraws } from '../../../reports/model/CompareReport.js';
import { type ReplicationPair, buildCompareReport } from '../../../reports/model/buildCompareReport.js';
import { FINAL_OUTCOMES } from '../../../engine/finalOutcomes.js';
import { pooledDraws } from '../../../reports/stats/pooledDraws.js';
import { Z95 } from '../../../reports/stats/tCritical.js';
import { rounded, round } from '../../../reports/stats/rounded.js';
import { InputError } from '../../exit.js';
import { parameterDraws } from './parameterDraws.js';

/** One draw of the fitted parameters: its settings and both arms' populations with them. */
export interface Draw {
  readonly settings: readonly string[];
  readonly baseline: Population;
  readonly variant: Population;
}

/**
 * The populations of `count` draws of the baseline population's calibration card (parameterDraws),
 * each arm's file with its own settings and then the draw's. A population without a card is
 * refused: there is nothing fitted to draw.
 */
export function drawPopulations(
  o: { readonly count: number; readonly seed: number; readonly populationFile: string; readonly settings: readonly string[]; readonly variantFile: string; readonly variantSettings: readonly string[]; readonly populationVaries: boolean },
  population: Population,
): Draw[] {
  const card = population.calibration;
  if (!card) {
    throw new InputError(
      `--parameter-draws: ${o.populationFile} has no calibration: card, so it has no fitted parameters to draw (fit one with claimsim calibrate, or leave out --parameter-draws)`,
    );
  }
  if (card.parameters.length === 0) throw new InputError(`--parameter-draws: the calibration card of ${o.populationFile} lists no parameters to draw (leave out --parameter-draws)`);
  const data = loadPopulationData(o.populationFile, o.settings);
  return parameterDraws(card, data, o.count, o.seed).map((settings) => {
    const baseline = loadPopulationFile(o.populationFile, [...o.settings, ...settings]);
    return { settings, baseline, variant: o.populationVaries ? loadPopulationFile(o.variantFile, [...o.variantSettings, ...settings]) : baseline };
  });
}

/**
 * The comparison over the draws: each complete draw's report (as the main one is built), its
 * differences pooled per outcome by Rubin's rules (pooledDraws; a draw's standard error is its
 * score interval's half-width over z₀.₉₇₅), and the share of draws moving each outcome the
 * pooled way. Null when no draw completed.
 */
export function drawnComparison(
  draws: readonly (readonly ReplicationPair[] | null)[],
  o: { readonly seed: number; readonly parameters: readonly string[]; readonly replications: number; readonly pairing: 'paired' | 'unpaired' },
): ParameterDraws | null {
  const reports = draws.flatMap((pairs) => (pairs && pairs.length > 0 ? [buildCompareReport(pairs, [], { pairing: o.pairing })] : []));
  if (reports.length === 0) return null;
  const maxDf = Math.min(...reports.map((r) => Math.max(1, r.clusters - 1)));
  return {
    draws: reports.length,
    seed: o.seed,
    parameters: o.parameters,
    replications: o.replications,
    outcomes: FINAL_OUTCOMES.map((outcome, i) => {
      const p = pooledDraws(
        reports.map((r) => {
          const d = r.outcomes[i]!.difference;
          return { estimate: d.estimate, se: (d.high - d.low) / (2 * Z95) };
        }),
        maxDf,
      );
      return { outcome, pooled: rounded(p.interval), within: round(p.within, 12), between: round(p.between, 12), sameWay: round(p.sameWay) };
    }),
  };
}

/** A population task's arms for the draws: the draw's populations with the two policies. */
export function drawArms(d: Draw, baseline: Policy, variant: Policy): readonly (readonly [Population, Policy])[] {
  return [
    [d.baseline, baseline],
    [d.variant, variant],
  ];
}
