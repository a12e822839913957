import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parameterDraws } from '../../../cli/actions/compare/parameterDraws.js';
import { calibrationSchema } from '../../../generators/population/calibrationSchema.js';
import { CARD_SOURCE } from '../../population/calibrationFixture.js';
import { runInProcess } from '../runInProcess.js';
import { ROOT } from './runCli.js';

const dir = mkdtempSync(join(tmpdir(), 'claimsim-compare-draws-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const SMALL = resolve(ROOT, 'generators/populations/small.yaml');

const CARD = `calibration:
${CARD_SOURCE}  method: { holdout: 0.25, seed: 1, sellerProfiles: 2, buyerProfiles: 3 }
  parameters:
    - { path: buyerProfiles.0.accept.probability, estimate: 0.7, low: 0.6, high: 0.8, unit: probability, basis: "4,210 answered requests" }
    - { path: buyerProfiles.0.reject.probability, estimate: 0.1, low: 0.05, high: 0.15, unit: probability, basis: "4,210 answered requests" }
    - { path: buyerProfiles.1.accept.delay.uniform.1, estimate: 432000000, low: 345600000, high: 518400000, unit: ms, basis: "612 acceptances" }
`;
const fitted = join(dir, 'fitted.yaml');
writeFileSync(fitted, `${readFileSync(SMALL, 'utf8')}${CARD}`);
const card = calibrationSchema.parse((parse(CARD) as { calibration: unknown }).calibration);
const data = parse(readFileSync(SMALL, 'utf8'));

describe('parameterDraws', () => {
  const draws = parameterDraws(card, data, 2000, 42);
  const value = (d: string[], path: string) => d.find((s) => s.startsWith(`${path}=`))!.slice(path.length + 1);

  it('draws each parameter around its estimate with sd (high − low) / 3.92, reproducibly', () => {
    expect(parameterDraws(card, data, 5, 42)).toEqual(draws.slice(0, 5));
    expect(parameterDraws(card, data, 5, 43)).not.toEqual(draws.slice(0, 5));
    const ms = draws.map((d) => Number(value(d, 'buyerProfiles.1.accept.delay.uniform.1').replace('ms', '')));
    const mean = ms.reduce((a, b) => a + b, 0) / ms.length;
    const sd = Math.sqrt(ms.reduce((a, b) => a + (b - mean) ** 2, 0) / (ms.length - 1));
    expect(mean / 432000000).toBeCloseTo(1, 2);
    expect(sd / ((518400000 - 345600000) / 3.92)).toBeGreaterThan(0.93);
    expect(sd / ((518400000 - 345600000) / 3.92)).toBeLessThan(1.07);
    expect(value(draws[0]!, 'buyerProfiles.1.accept.delay.uniform.1')).toMatch(/^\d+ms$/);
  });

  it('renormalises a buyer’s accept, reject and silent probabilities to add up to 1', () => {
    for (const d of draws.slice(0, 200)) {
      const sum = ['accept.probability', 'reject.probability', 'silent'].reduce((s, k) => s + Number(value(d, `buyerProfiles.0.${k}`)), 0);
      expect(sum).toBeCloseTo(1, 9);
      for (const k of ['accept.probability', 'reject.probability']) expect(Number(value(d, `buyerProfiles.0.${k}`))).toBeGreaterThanOrEqual(0);
    }
  });
});

describe('claimsim compare --parameter-draws', () => {
  it('re-runs the comparison over draws of the card’s parameters and pools them', async () => {
    const out = join(dir, 'draws');
    const r = await runInProcess(['compare', '--population', fitted, '--variant', 'responseWindowDays=10', '--parameter-draws', '3', '--claims', '200', '--replications', '2', '--workers', '1', '--out', out]);
    expect(r.status).toBe(0);
    expect(r.stderr).toContain(`compare: parameter draws: 3 draws of the 3 fitted parameters of ${fitted} (seed 42; normal, sd = (high − low) / 3.92, clamped), 2 replications each`);
    const report = JSON.parse(readFileSync(join(out, 'compare.json'), 'utf8'));
    expect(report.parameterDraws).toMatchObject({ draws: 3, seed: 42, replications: 2, parameters: card.parameters.map((p) => p.path) });
    for (const o of report.parameterDraws.outcomes) {
      expect(o.sameWay).toBeGreaterThanOrEqual(0);
      expect(o.sameWay).toBeLessThanOrEqual(1);
      expect(o.pooled.low).toBeLessThanOrEqual(o.pooled.estimate);
      expect(o.pooled.high).toBeGreaterThanOrEqual(o.pooled.estimate);
    }
    expect(r.stdout).toContain('## Parameter uncertainty');
    expect(r.stdout).toContain('| outcome | at the estimates (95% CI) | over the draws (95% CI) | same way |');
    // The report reads back (claimsim report validates compare.json).
    expect((await runInProcess(['report', join(out, 'compare.json'), '--out', join(dir, 'again')])).status).toBe(0);
  });

  it.each([
    [[SMALL, '--parameter-draws', '2'], /^--parameter-draws: .*small\.yaml has no calibration: card, so it has no fitted parameters to draw \(fit one with claimsim calibrate, or leave out --parameter-draws\)$/],
    [[fitted, '--parameter-draws', '2', '--shard', '1/2'], /^--parameter-draws runs the whole comparison and its draws in one process/],
    [[fitted, '--parameter-draws', '0'], /--parameter-draws must be a whole number from 1 to 200/],
    [[fitted, '--parameter-draws', '201'], /--parameter-draws must be a whole number from 1 to 200/],
  ])('refuses %j: one line, exit 2', async (args, message) => {
    const [population, ...rest] = args;
    const r = await runInProcess(['compare', '--population', population!, '--variant', 'responseWindowDays=10', ...rest, '--out', join(dir, 'refused')]);
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).toMatch(message);
  });
});
