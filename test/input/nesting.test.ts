import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { LIMITS, ScenarioInputError, loadPolicyFile, parseScenario } from '../../scenarios/index.js';
import { parseYaml } from '../../input/parseYaml.js';
import { PopulationInputError, parsePopulation } from '../../generators/index.js';
import { runInProcess } from '../cli/runInProcess.js';
import { tempDirs } from '../tempDirs.js';

const temp = tempDirs('claimsim-nesting-');
afterAll(temp.remove);

const TOO_DEEP = `maps and lists nest more than ${LIMITS.maxDepth} levels deep here (no scenario, population or policy field needs more than a few levels: flatten the file)`;
/** `n` flow lists, one inside the other. */
const lists = (n: number): string => `${'['.repeat(n)}${']'.repeat(n)}`;
const SMALL = join(import.meta.dirname, '../../generators/populations/small.yaml');

function errorOf(f: () => unknown): Error {
  try {
    f();
  } catch (err) {
    return err as Error;
  }
  throw new Error('expected an input error');
}

describe('nesting deeper than LIMITS.maxDepth', () => {
  it('reads a file nested exactly to the limit', () => {
    // The top map is level 1, so its value may hold 63 more levels.
    const { data } = parseYaml(`a: ${lists(LIMITS.maxDepth - 1)}\n`, 'f.yaml');
    let depth = 0;
    for (let v: unknown = data; v !== null && typeof v === 'object'; v = Array.isArray(v) ? v[0] : (v as Record<string, unknown>)['a']) depth++;
    expect(depth).toBe(LIMITS.maxDepth);
  });

  it('refuses one level more at the collection that goes past it, in one line', () => {
    const err = errorOf(() => parseYaml(`a: ${lists(LIMITS.maxDepth)}\n`, 'f.yaml'));
    expect(err).toBeInstanceOf(ScenarioInputError);
    // Column 4 is the first `[` (level 2): the 65th level is the 64th `[`.
    expect(err.message).toBe(`f.yaml:1:${4 + LIMITS.maxDepth - 1}: ${TOO_DEEP}`);
  });

  it('refuses nesting far past what the YAML composer could recurse through, without a stack overflow', () => {
    for (const n of [1_000, 20_000]) {
      const err = errorOf(() => parseYaml(`a: ${lists(n)}\n`, 'f.yaml'));
      expect(err.message).toBe(`f.yaml:1:${4 + LIMITS.maxDepth - 1}: ${TOO_DEEP}`);
    }
    const block = Array.from({ length: 200 }, (_, i) => `${'  '.repeat(i)}k${i}:`).join('\n');
    expect(errorOf(() => parseYaml(`${block} 1\n`, 'b.yaml')).message).toBe(`b.yaml:${LIMITS.maxDepth + 1}:${2 * LIMITS.maxDepth + 1}: ${TOO_DEEP}`);
  });

  it('refuses nesting that only aliases make deep (an anchor nested in another)', () => {
    const rows = ['a0: &a0 1'];
    for (let k = 1; k <= 4; k++) rows.push(`a${k}: &a${k} ${'['.repeat(30)}*a${k - 1}${']'.repeat(30)}`);
    const err = errorOf(() => parseYaml(`${rows.join('\n')}\n`, 'alias.yaml'));
    expect(err.message).toMatch(/^alias\.yaml:\d+:\d+: maps and lists nest more than 64 levels deep here/);
  });

  it('in a scenario', () => {
    const text = `name: deep\nstart: 2024-04-01T00:00\nsteps:\n  - do: ${lists(5_000)}\n`;
    expect(errorOf(() => parseScenario(text, 'deep.yaml')).message).toBe(`deep.yaml:4:${9 + LIMITS.maxDepth - 3}: ${TOO_DEEP}`);
  });

  it("in a policy file's changes", () => {
    const file = join(temp.make(), 'policy.yaml');
    writeFileSync(file, `responseWindowDays: 7\nchanges:\n  - at: 2024-05-01\n    set: ${'{a: '.repeat(3_000)}1${'}'.repeat(3_000)}\n`);
    const err = errorOf(() => loadPolicyFile(file));
    expect(err).toBeInstanceOf(ScenarioInputError);
    expect(err.message).toMatch(new RegExp(`^${file}:4:\\d+: maps and lists nest more than 64`));
  });

  it('in a population, and in a population that extends another', () => {
    const own = readFileSync(SMALL, 'utf8').replace('description: ', `notes: ${lists(2_000)}\ndescription: `);
    const err = errorOf(() => parsePopulation(own, 'own.yaml'));
    expect(err).toBeInstanceOf(PopulationInputError);
    expect(err.message).toMatch(/^own\.yaml:\d+:\d+: maps and lists nest more than 64/);
    const variant = `extends: ${SMALL}\ndescription: ${lists(2_000)}\n`;
    expect(errorOf(() => parsePopulation(variant, 'variant.yaml')).message).toBe(`variant.yaml:2:${14 + LIMITS.maxDepth - 1}: ${TOO_DEEP}`);
  });

  it('claimsim exits 2 with the one line, for a population and a policy', async () => {
    const dir = temp.make();
    const population = join(dir, 'deep.yaml');
    writeFileSync(population, `extends: ${SMALL}\ndescription: ${lists(2_000)}\n`);
    const r = await runInProcess(['simulate', '--population', population, '--out', join(dir, 'out')]);
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).toBe(`${population}:2:${14 + LIMITS.maxDepth - 1}: ${TOO_DEEP}`);
    const policy = join(dir, 'policy.yaml');
    writeFileSync(policy, `changes: ${lists(2_000)}\n`);
    const p = await runInProcess(['simulate', '--population', SMALL, '--policy', policy, '--out', join(dir, 'out')]);
    expect(p.status).toBe(2);
    expect(p.stderr.trim()).toBe(`${policy}:1:${10 + LIMITS.maxDepth - 1}: ${TOO_DEEP}`);
  });
});
