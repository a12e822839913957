import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Card } from '../../../generators/calibrate/Card.js';
import type { ValidationModel } from '../../../generators/calibrate/ValidationModel.js';
import { tempDirs } from '../../tempDirs.js';
import { runInProcess } from '../runInProcess.js';

/** What the test reads of a fitted population file. */
interface Fitted {
  readonly claims: number;
  readonly sellerProfiles: readonly unknown[];
  readonly buyerProfiles: readonly { readonly accept: { readonly probability: number } }[];
  readonly calibration: Card;
}

const dirs = tempDirs('claimsim-calibrate-');
afterAll(dirs.remove);

let dir = '';
let log = '';

beforeAll(async () => {
  dir = dirs.make();
  log = join(dir, 'small.ndjson');
  const r = await runInProcess(['simulate', '--population', 'generators/populations/small.yaml', '--log', log, '--out', join(dir, 'sim'), '--quiet']);
  expect(r.status).toBe(0);
});

describe('claimsim calibrate', () => {
  it('fits a simulated log into a population that simulate takes as it is, card and validation included', async () => {
    const out = join(dir, 'fitted.yaml');
    const r = await runInProcess(['calibrate', log, '--out', out]);
    expect(r.stderr).toBe('');
    expect([0, 1]).toContain(r.status);
    expect(r.stdout).toMatch(/^calibrate: small\.ndjson: [\d,]+ records, 1,000 claims, /);
    expect(r.stdout).toContain(`population: ${out}`);
    const data = parse(readFileSync(out, 'utf8')) as Fitted;
    expect(data.claims).toBe(1000);
    expect(data.sellerProfiles).toHaveLength(1);
    const card = data.calibration;
    expect(card.source).toMatchObject({ claims: 1000, policy: 'header', files: [{ name: 'small.ndjson' }] });
    expect(card.source.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(card.method).toEqual({ holdout: 0.25, seed: 1, sellerProfiles: 1, buyerProfiles: 1 });
    // Every parameter's interval holds its estimate, and the estimate is the number the file holds.
    for (const p of card.parameters) {
      expect(p.low).toBeLessThanOrEqual(p.estimate);
      expect(p.high).toBeGreaterThanOrEqual(p.estimate);
    }
    const accept = card.parameters.find((p) => p.path === 'buyerProfiles.0.accept.probability');
    expect(accept?.estimate).toBe(data.buyerProfiles[0]!.accept.probability);
    expect(card.choices.map((c) => c.what)).toContain('buyer answer timing');
    expect(card.unidentified.map((u) => u.what)).toContain("buyers' reaction to a reminder");
    // Each seller reaction to a feature's notice (generators/reactions) is an assumption, with its policy key.
    expect(card.unidentified).toContainEqual(
      expect.objectContaining({ what: "sellers' reaction to seller_told_cooldown_ended (reRequest.onCooldownEnd)", why: 'the log has no seller_told_cooldown_ended record', policyKeys: ['notifyCooldownEnd'] }),
    );
    expect(card.checks.length).toBeGreaterThan(0);

    expect(readFileSync(join(dir, 'fitted.validation.html'), 'utf8')).toContain('claim outcome');
    expect(readFileSync(join(dir, 'fitted.validation.md'), 'utf8')).toContain('claim outcome');
    const validation = JSON.parse(readFileSync(join(dir, 'fitted.validation.json'), 'utf8')) as ValidationModel;
    expect(validation.seed).toBe(1);
    expect(validation.shares.map((s) => s.what)).toContain('claim outcome');
    expect(validation.delays.every((d) => d.observed.length <= 2000 && d.simulated.length <= 2000)).toBe(true);
    expect(validation.weekly.weeks.every((w) => /^\d{4}-\d{2}-\d{2}$/.test(w))).toBe(true);
    expect(validation.weekly.observed.reduce((a, b) => a + b, 0)).toBe(1000);

    const sim = await runInProcess(['simulate', '--population', out, '--out', join(dir, 'refit'), '--quiet']);
    expect(sim.stderr).not.toMatch(/:\d+:\d+:/);
    expect(sim.status).toBe(0);

    // A variant that turns a notice on leans on the sellers' reaction to it, which the log cannot show.
    const cmp = await runInProcess(['compare', '--population', out, '--variant', 'notifyCooldownEnd=true', '--replications', '2', '--workers', '1', '--out', join(dir, 'notice')]);
    expect(cmp.status, cmp.stderr).toBe(0);
    expect(readFileSync(join(dir, 'notice', 'compare.md'), 'utf8')).toContain("- **Variant leans on an assumption the log cannot identify: sellers' reaction to seller_told_cooldown_ended (reRequest.onCooldownEnd)");
  });

  it('the same log and seed write the same bytes', async () => {
    const a = join(dir, 'again.yaml');
    await runInProcess(['calibrate', log, '--out', a]);
    expect(readFileSync(a, 'utf8')).toBe(readFileSync(join(dir, 'fitted.yaml'), 'utf8'));
  });

  it('--profiles 2 writes two seller and two buyer profiles with their weights on the card, and simulate takes them', async () => {
    const out = join(dir, 'two.yaml');
    const r = await runInProcess(['calibrate', log, '--out', out, '--profiles', '2']);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('fit: 2 seller profiles, 2 buyer profiles on');
    const data = parse(readFileSync(out, 'utf8')) as Fitted;
    expect(data.sellerProfiles).toHaveLength(2);
    expect(data.buyerProfiles).toHaveLength(2);
    expect(data.calibration.method).toEqual({ holdout: 0.25, seed: 1, sellerProfiles: 2, buyerProfiles: 2 });
    const sellerWeights = data.calibration.parameters.filter((p) => /^sellerProfiles\.\d\.weight$/.test(p.path));
    expect(sellerWeights.reduce((s, w) => s + w.estimate, 0)).toBeCloseTo(1, 5);
    const weights = data.calibration.parameters.filter((p) => /^buyerProfiles\.\d\.weight$/.test(p.path));
    expect(weights.map((w) => w.path)).toEqual(['buyerProfiles.0.weight', 'buyerProfiles.1.weight']);
    expect(weights.reduce((s, w) => s + w.estimate, 0)).toBeCloseTo(1, 5);
    // Highest accept probability first.
    expect(data.buyerProfiles[0]!.accept.probability).toBeGreaterThan(data.buyerProfiles[1]!.accept.probability);
    const sim = await runInProcess(['simulate', '--population', out, '--out', join(dir, 'two-sim'), '--quiet']);
    expect(sim.status).toBe(0);
  });

  it('refuses --profiles out of range, a holdout out of range and a folder as the log (exit 2, one line)', async () => {
    const out = join(dir, 'x.yaml');
    const k = await runInProcess(['calibrate', log, '--out', out, '--profiles', '11']);
    expect(k.status).toBe(2);
    expect(k.stderr).toContain('--profiles must be a whole number from 1 to 10, or auto, got 11');
    const h = await runInProcess(['calibrate', log, '--out', out, '--holdout', '0.9']);
    expect(h.status).toBe(2);
    expect(h.stderr).toContain('--holdout must be a share from 0.05 to 0.5, got 0.9');
    const f = await runInProcess(['calibrate', dir, '--out', out]);
    expect(f.status).toBe(2);
    expect(f.stderr.trim().split('\n')).toHaveLength(1);
    expect(f.stderr).toContain(dir);
  });
});
