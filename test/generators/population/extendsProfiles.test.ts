import { join } from 'node:path';
import { errorOf, folder } from './populationFiles.js';
import { describe, expect, it } from 'vitest';
import { loadPopulationData, loadPopulationFile } from '../../../generators/loadPopulation.js';
import { runInProcess } from '../../cli/runInProcess.js';

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
  - name: absent
    weight: 2
    silent: 1
`;



describe('extends: a profile name that matches nothing in the extended file', () => {
  it('is an error with a did-you-mean, at the name (a typo no longer adds a profile)', () => {
    const dir = folder({ 'base.yaml': BASE, 'variant.yaml': 'extends: base.yaml\nbuyerProfiles:\n  - name: absnet\n    weight: 4\n' });
    expect(errorOf(() => loadPopulationFile(join(dir, 'variant.yaml')))).toBe(
      `${join(dir, 'variant.yaml')}:3:5: buyerProfiles: no profile "absnet" in the population this file extends (did you mean "absent"? its profiles: kind, absent; to add a profile, mark it new: true)`,
    );
    const far = folder({ 'base.yaml': BASE, 'variant.yaml': 'extends: base.yaml\nsellerProfiles:\n  - name: zzzzzz\n    weight: 4\n' });
    expect(errorOf(() => loadPopulationFile(join(far, 'variant.yaml')))).toBe(
      `${join(far, 'variant.yaml')}:3:5: sellerProfiles: no profile "zzzzzz" in the population this file extends (its profiles: keen; to add a profile, mark it new: true)`,
    );
  });

  it('adds a profile marked new: true, at the end, without the mark', () => {
    const dir = folder({ 'base.yaml': BASE, 'variant.yaml': 'extends: base.yaml\nbuyerProfiles:\n  - name: absent\n    weight: 4\n  - name: firm\n    new: true\n    reject: { probability: 1 }\n' });
    const p = loadPopulationFile(join(dir, 'variant.yaml'));
    expect(p.buyerProfiles.map((b) => [b.name, b.weight])).toEqual([['kind', 1], ['absent', 4], ['firm', 1]]);
    expect(p.buyerProfiles[2]).not.toHaveProperty('new');
    const data = loadPopulationData(join(dir, 'variant.yaml')) as { buyerProfiles: Record<string, unknown>[] };
    expect(data.buyerProfiles[2]).not.toHaveProperty('new');
  });

  it('a profile added by one variant is extended by name in the next (the mark is not needed again)', () => {
    const dir = folder({
      'base.yaml': BASE,
      'middle.yaml': 'extends: base.yaml\nbuyerProfiles:\n  - name: firm\n    new: true\n    reject: { probability: 1 }\n',
      'top.yaml': 'extends: middle.yaml\nbuyerProfiles:\n  - name: firm\n    weight: 5\n',
    });
    expect(loadPopulationFile(join(dir, 'top.yaml')).buyerProfiles.map((b) => [b.name, b.weight])).toEqual([['kind', 1], ['absent', 2], ['firm', 5]]);
  });

  it('refuses new: true on a name the extended file has, and a mark that is not true or false', () => {
    const dir = folder({ 'base.yaml': BASE, 'variant.yaml': 'extends: base.yaml\nbuyerProfiles:\n  - name: kind\n    new: true\n    weight: 4\n' });
    expect(errorOf(() => loadPopulationFile(join(dir, 'variant.yaml')))).toBe(
      `${join(dir, 'variant.yaml')}:4:5: buyerProfiles: profile "kind" is marked new: true, but the population this file extends has one of that name (remove new: true to change that profile, or give the new one another name)`,
    );
    const odd = folder({ 'base.yaml': BASE, 'variant.yaml': 'extends: base.yaml\nbuyerProfiles:\n  - name: firm\n    new: yes\n' });
    expect(errorOf(() => loadPopulationFile(join(odd, 'variant.yaml')))).toBe(
      `${join(odd, 'variant.yaml')}:4:5: buyerProfiles[0].new must be true or false, got "yes" (write new: true on a profile the extended file does not have)`,
    );
  });

  it('new is not a key of a file that extends nothing', () => {
    const dir = folder({ 'whole.yaml': BASE.replace('  - name: absent\n', '  - name: absent\n    new: true\n') });
    expect(errorOf(() => loadPopulationFile(join(dir, 'whole.yaml')))).toMatch(/whole\.yaml:\d+:5: unknown key "new" in buyerProfiles\[1\]/);
  });

  it('claimsim simulate exits 2 with the one line', async () => {
    const dir = folder({ 'base.yaml': BASE, 'variant.yaml': 'extends: base.yaml\nbuyerProfiles:\n  - name: absnet\n    weight: 4\n' });
    const r = await runInProcess(['simulate', '--population', join(dir, 'variant.yaml'), '--out', join(dir, 'out')]);
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).toMatch(/variant\.yaml:3:5: buyerProfiles: no profile "absnet" .*did you mean "absent"\?/);
  });
});
