import type { Policy } from '../../../engine/index.js';
import { stringify } from 'yaml';
import { type Population, loadPopulationData, loadPopulationFile, parsePopulation } from '../../../generators/index.js';
import type { Plain } from '../../../input/toPlain.js';
import type { ParameterDraws } from '../../../reports/model/CompareReport.js';
import { type ReplicationPair, buildCompareReport } from '../../../reports/model/buildCompareReport.js';
import { FINAL_OUTCOMES } from '../../../engine/finalOutcomes.js';
import { mixtureDraws } from '../../../reports/stats/mixtureDraws.js';
import { pooledDraws } from '../../../reports/stats/pooledDraws.js';
import { Z95 } from '../../../reports/stats/tCritical.js';
import { rounded, round } from '../../../reports/stats/rounded.js';
import { InputError } from '../../exit.js';
import { modelDraws, withValue } from './parameterDraws.js';

/** One draw of the fitted model and parameters: the options it took (modelDraws), its settings and both arms' populations with them. */
export interface Draw {
  readonly model: string;
  /** The model's weight on the card (modelDraws): its share of the pooled result. */
  readonly weight: number;
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
  // A draw that takes an alternative the card keeps reads each arm's data with its values put in place.
  const load = (file: string, settings: readonly string[], set: Readonly<Record<string, unknown>>, draw: readonly string[]): Population => {
    const entries = Object.entries(set);
    if (entries.length === 0) return loadPopulationFile(file, [...settings, ...draw]);
    const own = entries.reduce<Plain>((acc, [path, value]) => withValue(acc, path, value as Plain), loadPopulationData(file, settings));
    return parsePopulation(stringify(own, { lineWidth: 0 }), file, draw);
  };
  return modelDraws(card, data, o.count, o.seed).map(({ model, weight, set, settings }) => {
    const baseline = load(o.populationFile, o.settings, set, settings);
    return { model, weight, settings, baseline, variant: o.populationVaries ? load(o.variantFile, o.variantSettings, set, settings) : baseline };
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
  o: { readonly seed: number; readonly parameters: readonly string[]; readonly replications: number; readonly pairing: 'paired' | 'unpaired'; readonly models?: readonly string[]; readonly weights?: readonly number[] },
): ParameterDraws | null {
  const done = draws.flatMap((pairs, k) => (pairs && pairs.length > 0 ? [{ report: buildCompareReport(pairs, [], { pairing: o.pairing }), model: o.models?.[k] ?? '', weight: o.weights?.[k] ?? 1 }] : []));
  const reports = done.map((d) => d.report);
  if (reports.length === 0) return null;
  // The models the draws took, when the card keeps alternatives: each outcome's mean difference under each.
  const models = [...new Set(done.map((d) => d.model))].filter((m) => m !== '');
  const maxDf = Math.min(...reports.map((r) => Math.max(1, r.clusters - 1)));
  return {
    draws: reports.length,
    seed: o.seed,
    parameters: o.parameters,
    replications: o.replications,
    ...(models.length > 0
      ? {
          models: models.map((model) => ({ model, draws: done.filter((d) => d.model === model).length })),
          // The joint models' weights on the card add up to 1: what the drawn ones miss was not drawn.
          notDrawn: round(Math.max(0, 1 - models.reduce((s, m) => s + done.find((d) => d.model === m)!.weight, 0)), 12),
        }
      : {}),
    outcomes: FINAL_OUTCOMES.map((outcome, i) => {
      const estimateOf = (r: (typeof reports)[number]) => {
        const d = r.outcomes[i]!.difference;
        return { estimate: d.estimate, se: (d.high - d.low) / (2 * Z95) };
      };
      // Several models: each pooled by Rubin's rules, mixed by the card's weights (mixtureDraws).
      const p =
        models.length > 1
          ? mixtureDraws(
              models.map((m) => ({ weight: done.find((d) => d.model === m)!.weight, draws: done.filter((d) => d.model === m).map((d) => estimateOf(d.report)) })),
              maxDf,
            )
          : pooledDraws(reports.map(estimateOf), maxDf);
      const byModel = models.map((m) => {
        const of = done.filter((d) => d.model === m).map((d) => d.report.outcomes[i]!.difference.estimate);
        return round(of.reduce((a, b) => a + b, 0) / of.length, 12);
      });
      const signs = new Set(byModel.filter((x) => x !== 0).map(Math.sign));
      return {
        outcome,
        pooled: rounded(p.interval),
        within: round(p.within, 12),
        between: round(p.between, 12),
        sameWay: round(p.sameWay),
        ...(models.length > 1 ? { byModel, dependsOnModel: signs.size > 1 } : {}),
      };
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
