import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../../../engine/index.js';
import { CompiledPopulation, PopulationInputError, loadPopulationFile } from '../../../generators/index.js';
import { refuseDrawlessSeed } from '../../../generators/population/refuseDrawlessSeed.js';
import { runInProcess } from '../../cli/runInProcess.js';

const SMALL = join(import.meta.dirname, '../../../generators/populations/small.yaml');

/** A variant of small.yaml whose claims come from `claimsPerSeller: <spec>` over `sellers` sellers. */
function perSeller(spec: string, sellers = 20): string {
  const dir = mkdtempSync(join(tmpdir(), 'claimsim-per-seller-'));
  const file = join(dir, 'variant.yaml');
  writeFileSync(file, `extends: ${SMALL}\nclaims: null\nsellers: ${sellers}\nclaimsPerSeller: ${spec}\n`);
  return file;
}

function errorOf(f: () => unknown): string {
  try {
    f();
  } catch (err) {
    expect(err).toBeInstanceOf(PopulationInputError);
    return (err as Error).message;
  }
  throw new Error('expected an input error');
}

describe('claimsPerSeller: input mistakes are input errors at the value, not internal ones', () => {
  it('refuses a distribution that can only draw no claim (constant 0, every value under a half)', () => {
    const zero = perSeller('{ constant: 0 }');
    expect(errorOf(() => loadPopulationFile(zero))).toBe(`${zero}:4:18: claimsPerSeller: every draw is 0, which rounds to no claim for any seller (give it values of 1 or more, or give claims: N)`);
    const small = perSeller('{ uniform: [0.1, 0.4] }');
    expect(errorOf(() => loadPopulationFile(small))).toBe(`${small}:4:18: claimsPerSeller: every draw is at most 0.4, which rounds to no claim for any seller (give it values of 1 or more, or give claims: N)`);
    expect(errorOf(() => loadPopulationFile(perSeller('{ empirical: [{ value: 0, weight: 1 }, { from: 0, to: 0.5, weight: 2 }] }')))).toMatch(/every draw is at most 0\.5/);
  });

  it('refuses a fractional constant or empirical value: a seller has a whole number of claims', () => {
    const half = perSeller('{ constant: 2.5 }');
    expect(errorOf(() => loadPopulationFile(half))).toBe(
      `${half}:4:30: claimsPerSeller.constant: a seller has a whole number of claims, got 2.5 (write 2 or 3; a uniform or logNormal may give fractions, each draw is rounded)`,
    );
    expect(errorOf(() => loadPopulationFile(perSeller('{ empirical: [{ value: 1.5, weight: 1 }] }')))).toMatch(/:4:\d+: claimsPerSeller\.empirical\[0\]\.value: a seller has a whole number of claims, got 1\.5 \(write 1 or 2/);
  });

  it('keeps fractions where draws are rounded: uniform bounds, a mean, a median', () => {
    for (const spec of ['{ uniform: [0.5, 3.5] }', '{ exponential: { mean: 2.5 } }', '{ logNormal: { median: 3.5, sigma: 1 } }', '{ empirical: [{ from: 0.2, to: 2.7, weight: 1 }] }']) {
      const p = loadPopulationFile(perSeller(spec));
      expect(new CompiledPopulation(p, DEFAULT_POLICY, p.seed).claims).toBeGreaterThan(0);
    }
  });

  it('a seed under which every seller draws no claim is an input error at claimsPerSeller, when the run starts', () => {
    const file = perSeller('{ exponential: { mean: 0.01 } }', 3);
    const p = loadPopulationFile(file);
    const message = `${file}:4:18: claimsPerSeller draws no claim for any of the 3 sellers with seed 42 (each draw is rounded to a whole number of claims: raise its values, add sellers, or give claims: N)`;
    expect(errorOf(() => new CompiledPopulation(p, DEFAULT_POLICY, 42))).toBe(message);
    expect(errorOf(() => refuseDrawlessSeed(p, 42))).toBe(message);
    // A copy (a worker's) no longer knows the lines: the file, at 1:1.
    expect(errorOf(() => refuseDrawlessSeed(structuredClone(p), 42))).toBe(message.replace(':4:18:', ':1:1:'));
  });

  it('claimsim simulate, compare and sweep exit 2 with the one line', async () => {
    const constant = perSeller('{ constant: 0 }');
    const drawless = perSeller('{ exponential: { mean: 0.01 } }', 3);
    const out = join(mkdtempSync(join(tmpdir(), 'claimsim-per-seller-out-')), 'out');
    for (const args of [
      ['simulate', '--population', constant, '--out', out],
      ['simulate', '--population', drawless, '--out', out],
      ['compare', '--population', drawless, '--variant', 'responseWindowDays=9', '--replications', '1', '--out', out],
      ['sweep', '--population', drawless, '--param', 'responseWindowDays=5,7', '--replications', '1', '--out', out],
    ]) {
      const r = await runInProcess(args);
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stderr.trim().split('\n').at(-1)).toMatch(/variant\.yaml:4:18: claimsPerSeller/);
    }
  });
});
