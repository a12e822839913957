import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { modelDraws, parameterDraws, withValue } from '../../../cli/actions/compare/parameterDraws.js';
import { MS_PER_DAY } from '../../../engine/index.js';
import { calibrationSchema } from '../../../generators/population/calibrationSchema.js';
import { POPULATION_LIMITS } from '../../../generators/population/populationLimits.js';
import { populationSchema } from '../../../generators/population/populationSchema.js';
import type { Plain } from '../../../input/toPlain.js';
import { CARD_SOURCE } from '../../population/calibrationFixture.js';
import { ROOT } from './runCli.js';

/**
 * A card whose intervals reach past what a population file may hold (a log-normal sigma above
 * 10, a delay longer than the longest horizon, as a seller profile with next to no memos once
 * gave): every draw stays within the population schema's limits, so a drawn population loads.
 */
const CARD = `calibration:
${CARD_SOURCE}  method: { holdout: 0.25, seed: 1, sellerProfiles: 1, buyerProfiles: 1 }
  parameters:
    - { path: sellerProfiles.0.memo.delay.logNormal.sigma, estimate: 3, low: 0.5, high: 7.7e22, unit: sigma, basis: "2 first requests" }
    - { path: sellerProfiles.0.memo.delay.logNormal.median, estimate: 86400000, low: 1000, high: 1e20, unit: ms, basis: "2 first requests" }
`;
const card = calibrationSchema.parse((parse(CARD) as { calibration: unknown }).calibration);
const data = parse(readFileSync(resolve(ROOT, 'generators/populations/small.yaml'), 'utf8')) as Plain;
const value = (d: readonly string[], path: string): string => d.find((s) => s.startsWith(`${path}=`))!.slice(path.length + 1);

describe('parameter draws stay within the population schema', () => {
  const sets = [...parameterDraws(card, data, 200, 7), ...modelDraws(card, data, 200, 8).map((m) => m.settings)];

  it('clamps a sigma to POPULATION_LIMITS.sigma and a duration to the longest horizon, and some draws reach each limit', () => {
    const sigmas = sets.map((d) => Number(value(d, 'sellerProfiles.0.memo.delay.logNormal.sigma')));
    const medians = sets.map((d) => Number(value(d, 'sellerProfiles.0.memo.delay.logNormal.median').replace('ms', '')));
    expect(Math.max(...sigmas)).toBe(POPULATION_LIMITS.sigma);
    expect(Math.min(...sigmas)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...medians)).toBe(POPULATION_LIMITS.horizonDays * MS_PER_DAY);
  });

  it('a drawn population passes the population schema', () => {
    const base = withValue(data, 'sellerProfiles.0.memo.delay', { logNormal: { median: '1d', sigma: 1 } });
    for (const d of sets.slice(0, 40)) {
      let drawn = base;
      for (const s of d) {
        const [path, v] = s.split('=') as [string, string];
        drawn = withValue(drawn, path, v.endsWith('ms') ? v : Number(v));
      }
      const r = populationSchema.safeParse(drawn);
      expect(r.success, r.success ? '' : JSON.stringify(r.error.issues[0])).toBe(true);
    }
  });
});
