import type { CardBuilder } from './Card.js';
import type { FittedDistribution } from './fit/FittedDistribution.js';
import { parameterPath, specForFile } from './specForFile.js';

/**
 * Writes a fitted distribution's parameters onto the card under its path in the file, and
 * returns the file form. Rows of an empirical table whose share rounds to 0 are left out of
 * the file (a row's weight is above 0), and so of the card.
 */
export function addDistribution(card: CardBuilder, path: string, fitted: FittedDistribution, scale: 'ms' | 'fraction', basis: string): Record<string, unknown> {
  const spec = specForFile(fitted.spec, scale);
  for (const p of fitted.parameters) {
    if (p.kind === 'weight' && !(+p.estimate.toPrecision(6) > 0)) continue;
    const unit = p.kind === 'sigma' ? 'sigma' : p.kind === 'weight' ? 'weight' : scale;
    card.parameter(parameterPath(path, fitted.family, p.key), p.estimate, p.low, p.high, unit, basis);
  }
  return spec;
}
