import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { modelDraws, parameterDraws, withValue } from '../../../cli/actions/compare/parameterDraws.js';
import { parsePopulation } from '../../../generators/loadPopulation.js';
import { calibrationSchema } from '../../../generators/population/calibrationSchema.js';
import type { Plain } from '../../../input/toPlain.js';
import type { ParameterDraws } from '../../../reports/model/CompareReport.js';
import { parameterDrawsIntro } from '../../../reports/render/parameterDrawsText.js';
import { CARD_SOURCE } from '../../population/calibrationFixture.js';
import { runInProcess } from '../runInProcess.js';
import { ROOT } from './runCli.js';

const dir = mkdtempSync(join(tmpdir(), 'claimsim-compare-models-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const SMALL = resolve(ROOT, 'generators/populations/small.yaml');

// small.yaml's cooperative buyers answer after a delay; the card keeps the deadline-relative
// timing as an alternative of weight 0.4 (a choice the log did not make).
const CARD = `calibration:
${CARD_SOURCE}  method: { holdout: 0.25, seed: 1, sellerProfiles: 1, buyerProfiles: 3 }
  parameters:
    - { path: buyerProfiles.0.accept.probability, estimate: 0.7, low: 0.6, high: 0.8, unit: probability, basis: "4,210 answered requests" }
    - { path: buyerProfiles.0.accept.delay.exponential.mean, estimate: 86400000, low: 80000000, high: 92000000, unit: ms, basis: "2,900 acceptances" }
    - { path: buyerProfiles.1.reject.probability, estimate: 0.6, low: 0.55, high: 0.65, unit: probability, basis: "1,210 answered requests" }
  choices:
    - what: buyer answer timing
      chosen: delay
      options: [{ name: delay, heldOutLogLikelihood: -100.5, weight: 0.6 }, { name: fractionOfWindow, heldOutLogLikelihood: -101.2, weight: 0.4 }]
      evidence: "held-out log-likelihood higher by 0.7 (standard error 3.1 over 900 held-out claims with a request); not identified by this log"
  alternatives:
    - what: buyer answer timing
      name: fractionOfWindow
      weight: 0.4
      set:
        buyerProfiles.0.accept: { probability: 0.7, fractionOfWindow: { uniform: [0.5, 0.98] } }
        buyerProfiles.0.reject: { probability: 0.1, fractionOfWindow: { uniform: [0.3, 0.98] } }
        buyerProfiles.0.silent: 0.2
      parameters:
        - { path: buyerProfiles.0.accept.probability, estimate: 0.7, low: 0.6, high: 0.8, unit: probability, basis: "4,210 answered requests" }
        - { path: buyerProfiles.0.accept.fractionOfWindow.uniform.0, estimate: 0.5, low: 0.45, high: 0.55, unit: fraction, basis: "2,900 acceptances" }
`;
const fitted = join(dir, 'fitted.yaml');
writeFileSync(fitted, `${readFileSync(SMALL, 'utf8')}${CARD}`);
const card = calibrationSchema.parse((parse(CARD) as { calibration: unknown }).calibration);
const data = parse(readFileSync(SMALL, 'utf8')) as Plain;

describe('modelDraws', () => {
  const draws = modelDraws(card, data, 1000, 42);

  it('takes each option in proportion to its weight, reproducibly', () => {
    const alt = draws.filter((d) => d.model === 'buyer answer timing: fractionOfWindow');
    expect(alt).toHaveLength(400);
    expect(draws.filter((d) => d.model === 'buyer answer timing: delay')).toHaveLength(600);
    expect(modelDraws(card, data, 1000, 42)).toEqual(draws);
    expect(modelDraws(card, data, 1000, 43).map((d) => d.model)).not.toEqual(draws.map((d) => d.model));
  });

  it('draws the alternative’s own parameters, never the chosen timing’s, and the result is a population', () => {
    for (const d of draws.slice(0, 40)) {
      const own = Object.entries(d.set).reduce<Plain>((acc, [path, value]) => withValue(acc, path, value as Plain), data);
      const population = parsePopulation(stringify(own), 'drawn.yaml', d.settings);
      const accept = population.buyerProfiles[0]!.accept;
      if (d.model.endsWith('fractionOfWindow')) {
        expect(d.settings.some((s) => s.startsWith('buyerProfiles.0.accept.delay.'))).toBe(false);
        expect(d.settings.some((s) => s.startsWith('buyerProfiles.0.accept.fractionOfWindow.uniform.0='))).toBe(true);
        expect(accept.timing).toBe('fractionOfWindow');
      } else {
        expect(d.set).toEqual({});
        expect(d.settings.some((s) => s.startsWith('buyerProfiles.0.accept.delay.exponential.mean='))).toBe(true);
        expect(accept.timing).toBe('afterRequest');
      }
    }
  });

  it('is parameterDraws, draw for draw, for a card without alternatives', () => {
    const plain = { ...card, alternatives: undefined };
    expect(modelDraws(plain, data, 20, 7).map((d) => d.settings)).toEqual(parameterDraws(plain, data, 20, 7));
    expect(modelDraws(plain, data, 20, 7).every((d) => d.model === '' && Object.keys(d.set).length === 0)).toBe(true);
  });
});

describe('the parameter draws’ report when the card keeps alternatives', () => {
  const interval = { estimate: 0, low: 0, high: 0, method: 't' as const };
  const drawn = (byModel: number[]): ParameterDraws => ({
    draws: 10,
    seed: 1,
    parameters: ['buyerProfiles.0.accept.probability'],
    replications: 2,
    models: [
      { model: 'buyer answer timing: delay', draws: 6 },
      { model: 'buyer answer timing: fractionOfWindow', draws: 4 },
    ],
    outcomes: [{ outcome: 'withdrawnByAcceptance', pooled: interval, within: 0, between: 0, sameWay: 0.6, byModel, dependsOnModel: Math.sign(byModel[0]!) !== Math.sign(byModel[1]!) }],
  });

  it('says the effect depends on the unidentified choice when the models’ draws disagree in sign', () => {
    const text = parameterDrawsIntro(drawn([0.002, -0.003]));
    expect(text).toContain('buyer answer timing: delay in 6, buyer answer timing: fractionOfWindow in 4');
    expect(text).toContain('The effect on withdrawn, buyer accepted depends on that unidentified choice: +0.20 pp under buyer answer timing: delay, -0.30 pp under buyer answer timing: fractionOfWindow.');
  });

  it('says the models agree when they move every outcome the same way', () => {
    expect(parameterDrawsIntro(drawn([0.002, 0.001]))).toContain('The models’ draws move every outcome the same way.');
  });
});

describe('claimsim compare --parameter-draws on a card with alternatives', () => {
  it('draws the model as well as the parameters, and the report names the models and reads back', async () => {
    const out = join(dir, 'draws');
    const r = await runInProcess(['compare', '--population', fitted, '--variant', 'responseWindowDays=10', '--parameter-draws', '5', '--claims', '200', '--replications', '2', '--workers', '1', '--out', out]);
    expect(r.status).toBe(0);
    const report = JSON.parse(readFileSync(join(out, 'compare.json'), 'utf8'));
    expect(report.parameterDraws.models).toEqual(
      expect.arrayContaining([
        { model: 'buyer answer timing: delay', draws: 3 },
        { model: 'buyer answer timing: fractionOfWindow', draws: 2 },
      ]),
    );
    for (const o of report.parameterDraws.outcomes) expect(o.byModel).toHaveLength(2);
    expect(report.parameterDraws.notDrawn).toBe(0);
    expect(r.stdout).toContain('The draws took each model the card keeps (one option of every choice the log does not identify, weighing the product of their weights) by its weight on the card, at least 2 draws for each of weight 1% or more while the draws last');
    expect(r.stdout).not.toContain('were not drawn');
    expect(r.stdout).toContain('The interval over them is a mixture');
    expect((await runInProcess(['report', join(out, 'compare.json'), '--out', join(dir, 'again')])).status).toBe(0);
  });
});
