import { stringify } from 'yaml';
import type { Population } from '../population/Population.js';
import type { Card } from './Card.js';
import type { ClaimLog } from './ClaimHistory.js';
import { formatInstantFor } from './formatInstantFor.js';
import { fitPopulation } from './fitPopulation.js';
import { validate } from './validate.js';
import type { ValidationModel } from './ValidationModel.js';

export interface CalibrateOptions {
  readonly holdout: number;
  readonly seed: number;
  readonly name: string;
  /** Buyer profiles to fit (fitPopulation): 1 … 10, or `auto`; 1 when not given. */
  readonly profiles?: number | 'auto';
  /** Reads population YAML as `simulate` does (throws on a file it refuses). */
  readonly parse: (text: string) => Population;
}

export interface Calibration {
  /** The population file, its calibration: card included. */
  readonly yaml: string;
  readonly card: Card;
  readonly validation: ValidationModel;
  readonly population: Population;
}

/**
 * `claimsim calibrate`'s work: fit the population to the log, read it back as `simulate`
 * would, run it once against the holdout for the checks, and write the file with its card.
 */
export function calibrate(log: ClaimLog, options: CalibrateOptions): Calibration {
  const fitted = fitPopulation(log, { holdout: options.holdout, seed: options.seed, name: options.name, profiles: options.profiles ?? 1 });
  const bare = stringify(fitted.data, { lineWidth: 0 });
  const population = options.parse(bare);
  const title = `Calibration of ${log.files.map((f) => f.name).join(', ')}`;
  const { model, checks } = validate(population, log, fitted.holdout, options.seed, title);
  const card: Card = {
    source: {
      files: log.files.map((f) => ({ name: f.name, sha256: f.sha256, records: f.records })),
      sha256: log.sha256,
      from: formatInstantFor(log.firstAt, log.calendar),
      until: formatInstantFor(log.lastAt, log.calendar),
      claims: log.claims.length,
      policy: log.policySource,
    },
    method: { holdout: options.holdout, seed: options.seed, sellerProfiles: fitted.sellerProfiles, buyerProfiles: fitted.buyerProfiles },
    parameters: fitted.card.parameters,
    choices: fitted.card.choices,
    checks,
    unidentified: fitted.card.unidentified,
    ...(fitted.card.alternatives.length > 0 ? { alternatives: fitted.card.alternatives } : {}),
  };
  const header = `# Fitted by claimsim calibrate (docs/calibration.md). Every number's source, interval and check is under calibration:.\n`;
  const yaml = header + stringify({ ...fitted.data, calibration: card }, { lineWidth: 0 });
  return { yaml, card, validation: model, population };
}
