import { join } from 'node:path';
import { errorOf, folder } from './populationFiles.js';
import { describe, expect, it } from 'vitest';
import { loadPopulationFile, parsePopulation } from '../../../generators/loadPopulation.js';

const BASE = `name: Base
seed: 7
horizon: { start: 2024-04-01T09:00, length: 30d }
sellers: 2
buyers: 10
claims: 50
claimMix: { return: 3, cancel: 1 }
sellerProfiles:
  - name: keen
    request: { probability: 0.5, delay: { constant: 1h } }
buyerProfiles:
  - name: kind
    accept: { probability: 0.6, delay: { constant: 1d } }
    silent: 0.4
  - name: firm
    weight: 2
    reject: { probability: 1, delay: { constant: 2h } }
`;



describe('extends', () => {
  it('lays the file over the one it extends: maps deep, profiles by name, null removes a key, profiles marked new added', () => {
    const dir = folder({
      'base.yaml': BASE,
      'variant.yaml': `extends: base.yaml
name: Variant
horizon: { length: 40d }
buyerProfiles:
  - name: kind
    accept: { probability: 0.6, delay: null, fractionOfWindow: { constant: 0.8 } }
  - name: new
    new: true
    weight: 3
    silent: 1
`,
    });
    const p = loadPopulationFile(join(dir, 'variant.yaml'));
    const base = loadPopulationFile(join(dir, 'base.yaml'));
    expect(p.name).toBe('Variant');
    expect(p.horizon).toEqual({ ...base.horizon, lengthMs: 40 * 86_400_000, arrivalsMs: 40 * 86_400_000 });
    expect(p.buyerProfiles.map((b) => [b.name, b.weight])).toEqual([['kind', 1], ['firm', 2], ['new', 3]]);
    expect(p.buyerProfiles[0]!.accept).toEqual({ probability: 0.6, timing: 'fractionOfWindow', delay: { constant: 0.8 } });
    expect(p.buyerProfiles[0]!.silent).toBe(0.4);
    expect(p.buyerProfiles[1]).toEqual(base.buyerProfiles[1]);
    expect(p.sellerProfiles).toEqual(base.sellerProfiles);
  });

  it('points an error at the file that wrote the value, at its line and column', () => {
    const dir = folder({ 'base.yaml': BASE, 'variant.yaml': 'extends: base.yaml\nbuyerProfiles:\n  - name: firm\n    weight: -2\n' });
    expect(errorOf(() => loadPopulationFile(join(dir, 'variant.yaml')))).toBe(`${join(dir, 'variant.yaml')}:4:13: buyerProfiles[1].weight must be at least 0 (exclusive)`);
    const broken = folder({ 'base.yaml': BASE.replace('sellers: 2', 'sellers: 0'), 'variant.yaml': 'extends: base.yaml\nname: V\n' });
    expect(errorOf(() => loadPopulationFile(join(broken, 'variant.yaml')))).toMatch(new RegExp(`^${join(broken, 'base.yaml')}:4:10: sellers must be at least 0 \\(exclusive\\)`));
  });

  it('refuses a cycle, and a missing file, at the extends that causes it', () => {
    const dir = folder({ 'a.yaml': 'name: A\nextends: b.yaml\n', 'b.yaml': '# b\nextends: a.yaml\n' });
    expect(errorOf(() => loadPopulationFile(join(dir, 'a.yaml')))).toBe(
      `${join(dir, 'b.yaml')}:2:10: extends a.yaml makes a cycle: a.yaml → b.yaml → a.yaml (a file cannot extend itself, even through others)`,
    );
    expect(errorOf(() => parsePopulation('extends: itself.yaml\n', join(dir, 'itself.yaml')))).toMatch(/:1:10: extends itself.yaml makes a cycle/);
    expect(errorOf(() => parsePopulation('name: X\nextends: nowhere.yaml\n', join(dir, 'x.yaml')))).toMatch(new RegExp(`^${join(dir, 'x.yaml')}:2:10: extends nowhere.yaml: `));
  });
});

describe('--set path=value', () => {
  const withSet = (...settings: string[]) => parsePopulation(BASE, 'pop.yaml', settings);

  it('sets any value by path, profiles by name or index, values read as YAML scalars', () => {
    const p = withSet('buyerProfiles.firm.weight=4', 'horizon.length=90d', 'seed=11', 'buyerProfiles.0.pii=0.25');
    expect(p.buyerProfiles.map((b) => b.weight)).toEqual([1, 4]);
    expect(p.horizon.lengthMs).toBe(90 * 86_400_000);
    expect(p.seed).toBe(11);
    expect(p.buyerProfiles[0]!.pii).toBe(0.25);
    expect(withSet()).toEqual(parsePopulation(BASE, 'pop.yaml'));
  });

  it('names the setting and the path in every error, and suggests the nearest key or profile', () => {
    expect(errorOf(() => withSet('buyerProfiles.firm.wieght=4'))).toBe(
      '--set buyerProfiles.firm.wieght=4: buyerProfiles.firm has no key "wieght" (did you mean "weight"? known keys here: name, weight, accept, reject, silent, memoReply, pii, onReminder)',
    );
    expect(errorOf(() => withSet('buyerProfiles.frim.weight=4'))).toMatch(/^--set buyerProfiles\.frim\.weight=4: buyerProfiles has no item "frim" \(did you mean "firm"\? use a name: kind, firm\)$/);
    expect(errorOf(() => withSet('sellers=0'))).toBe('--set sellers=0: sellers must be at least 0 (exclusive)');
    expect(errorOf(() => withSet('seed=abc'))).toBe('--set seed=abc: seed must be a number, got "abc"');
    expect(errorOf(() => withSet('seed'))).toMatch(/^--set seed: write path=value/);
    expect(errorOf(() => withSet('seed.x=1'))).toMatch(/^--set seed\.x=1: seed is 7, not a map or list/);
  });
});
