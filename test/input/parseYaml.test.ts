import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { LIMITS, ScenarioInputError, loadScenarioFile, parseScenario } from '../../scenarios/index.js';
import { parseYaml } from '../../input/parseYaml.js';
import { tempDirs } from '../tempDirs.js';
import { scenarioText } from '../scenarios/scenarioText.js';

const temp = tempDirs('claimsim-big-');
afterAll(temp.remove);

function errorOf(f: () => unknown): string {
  try {
    f();
  } catch (err) {
    expect(err).toBeInstanceOf(ScenarioInputError);
    return (err as Error).message;
  }
  throw new Error('expected an input error');
}

describe('parseYaml: hostile and broken YAML', () => {
  it('uses the YAML 1.2 core schema: no implicit dates, no yes/no booleans', () => {
    const { data } = parseYaml('a: 2021-07-29\nb: no\nc: yes\nd: true\ne: 10:00\n', 'f.yaml');
    expect(data).toEqual({ a: '2021-07-29', b: 'no', c: 'yes', d: true, e: '10:00' });
  });

  it('refuses a file over the size limit before parsing it', () => {
    const text = `name: big\n# ${'x'.repeat(LIMITS.maxBytes)}\n`;
    expect(errorOf(() => parseYaml(text, 'big.yaml'))).toBe('big.yaml:1:1: the file is 1.0 MiB, over the 1 MiB limit (split it into smaller files)');
  });

  it('stops an alias bomb at the alias budget, pointing at the alias', () => {
    const rows = ['a0: &a0 [1, 1, 1, 1, 1, 1, 1, 1, 1, 1]'];
    for (let i = 1; i < 9; i++) rows.push(`a${i}: &a${i} [${Array(10).fill(`*a${i - 1}`).join(', ')}]`);
    const message = errorOf(() => parseYaml(rows.join('\n'), 'bomb.yaml'));
    expect(message).toMatch(/^bomb\.yaml:\d+:\d+: more than 100 alias expansions/);
  });

  it('allows a few aliases', () => {
    const { data } = parseYaml('base: &b { x: 1 }\nuse: *b\n', 'f.yaml');
    expect(data).toEqual({ base: { x: 1 }, use: { x: 1 } });
  });

  it.each(['__proto__', 'constructor', 'prototype'])('refuses the key %s and leaves Object.prototype alone', (key) => {
    const message = errorOf(() => parseYaml(`claims:\n  ${key}: { polluted: true }\n`, 'p.yaml'));
    expect(message).toBe(`p.yaml:2:3: the key "${key}" is not allowed (rename it: no scenario field or id is called that)`);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('builds maps without a prototype', () => {
    const { data } = parseYaml('a: { b: 1 }\n', 'f.yaml');
    expect(Object.getPrototypeOf(data)).toBeNull();
  });

  it('refuses complex keys', () => {
    expect(errorOf(() => parseYaml('? [a, b]\n: 1\n', 'k.yaml'))).toMatch(/^k\.yaml:1:3: a map key must be a plain word or number/);
  });

  it('points a syntax error at its line and column in one line', () => {
    const message = errorOf(() => parseYaml('a: [1, 2\nb: 3\n', 's.yaml'));
    expect(message).toMatch(/^s\.yaml:\d+:\d+: YAML syntax error: /);
    expect(message).not.toContain('\n');
  });
});

describe('parseScenario: strict input', () => {
  it('accepts a valid scenario', () => {
    const s = parseScenario(scenarioText('  - { at: 2021-07-21T10:00, do: request_withdrawal, claim: C1, message: Please. }'), 'ok.yaml');
    expect(s.name).toBe('test scenario');
    expect(s.steps).toHaveLength(1);
    expect(s.steps[0]!.action?.command).toEqual({ kind: 'RequestWithdrawal', claim: 'C1', message: 'Please.' });
  });

  it('points an unknown key at the key itself', () => {
    const text = scenarioText('  - at: 2021-07-21T10:00\n    do: accept_withdrawal\n    claim: C1\n    sa: B1');
    expect(errorOf(() => parseScenario(text, 'k.yaml'))).toMatch(/^k\.yaml:11:5: unknown key "sa" in steps\[0\] \(did you mean "as"\?/);
  });

  it('reports the first error in file order', () => {
    const text = scenarioText('  - { at: 2021-07-21T10:00, do: nope }\n  - { at: 2021-02-30 }', 'tags: 5\n');
    expect(errorOf(() => parseScenario(text, 'o.yaml'))).toBe('o.yaml:2:7: tags must be a list such as [R12, COOLDOWN_ACTIVE]');
  });

  it('accepts an advance_claim to another type\'s status (the engine refuses it)', () => {
    const s = parseScenario(scenarioText('  - { do: advance_claim, claim: C1, to: cancelling, expect: { error: INVALID_TRANSITION } }'), 'a.yaml');
    expect(s.steps[0]!.action?.command).toMatchObject({ kind: 'AdvanceClaim', to: 'cancelling' });
  });

  it('resolves a policy file relative to the scenario file', () => {
    const s = parseScenario(scenarioText('  - { advance: { days: 1 } }', 'policy: ../policies/ten-day-window.yaml\n'), 'scenarios/library/x.yaml');
    expect(s.policy.responseWindowDays).toBe(10);
    expect(s.policy.rejectionCooldownDays).toBe(5);
  });
});

describe('loadScenarioFile: the size limit applies before reading', () => {
  it('refuses a file over 1 MiB with its size', () => {
    const file = join(temp.make(), 'big.yaml');
    writeFileSync(file, `name: big\n# ${'x'.repeat(2 * 1024 * 1024)}\n`);
    expect(errorOf(() => loadScenarioFile(file))).toBe(`${file}:1:1: the file is 2.0 MiB, over the 1 MiB limit (split it into smaller files)`);
  });
});
