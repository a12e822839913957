import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type Decide, type StateView, decide } from '../../../engine/index.js';
import { RULE_MUTANTS, type RuleMutant, ruleMutantNamed } from '../../../engine/mutants/index.js';
import { MUTANT_SPECS } from './mutantSpecs.js';

const STATE_READ = 'a mutant read the engine state';
/** A state that throws on any read: what the mutant is handed instead of the engine's. */
const SEALED = new Proxy({} as StateView, {
  get: () => {
    throw new Error(STATE_READ);
  },
});

/** The mutant over the real rules, handed a sealed state: only the rules underneath see the engine's. */
function sealed(m: RuleMutant): Decide {
  let current: StateView = SEALED;
  const mutated = m.mutate((_sealed, command, now, policy) => decide(current, command, now, policy));
  return (state, command, now, policy) => {
    current = state;
    return mutated(SEALED, command, now, policy);
  };
}

describe('the rule mutant catalogue', () => {
  it('has at least 25 mutants with unique kebab-case names, each described with a suggested scenario', () => {
    expect(RULE_MUTANTS.length).toBeGreaterThanOrEqual(25);
    expect(new Set(RULE_MUTANTS.map((m) => m.name)).size).toBe(RULE_MUTANTS.length);
    for (const m of RULE_MUTANTS) {
      expect(m.name).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(m.description.length).toBeGreaterThan(10);
      expect(m.suggestedScenario.length).toBeGreaterThan(10);
      expect(m.rules.length).toBeGreaterThan(0);
      expect(ruleMutantNamed(m.name)).toBe(m);
    }
  });

  it('breaks every rule R1-R21, and names no other', () => {
    const named = new Set(RULE_MUTANTS.flatMap((m) => m.rules));
    const rules = Array.from({ length: 21 }, (_, i) => `R${i + 1}`);
    expect([...named].sort()).toEqual(rules.sort());
  });

  it('has a specification for every mutant, and none for a mutant it lacks', () => {
    expect(Object.keys(MUTANT_SPECS).sort()).toEqual(RULE_MUTANTS.map((m) => m.name).sort());
  });

  it('gives an unknown name no mutant', () => {
    expect(ruleMutantNamed('no-such-mutant')).toBeUndefined();
  });
});

describe('each rule mutant changes behaviour without reading the engine state', () => {
  it.each(RULE_MUTANTS.map((m) => [m.name, m] as const))('%s: its specification holds for the real rules and fails for it', (name, m) => {
    const spec = MUTANT_SPECS[name]!;
    expect(() => spec(decide)).not.toThrow();
    expect(() => spec(sealed(m))).not.toThrow(STATE_READ);
    expect(() => spec(sealed(m))).toThrow();
  });
});

describe('docs/mutation.md', () => {
  it('lists every mutant of the catalogue with its rules', () => {
    const doc = readFileSync(new URL('../../../docs/mutation.md', import.meta.url), 'utf8');
    for (const m of RULE_MUTANTS) expect(doc).toContain(`| \`${m.name}\` | ${m.rules.join(', ')} |`);
    expect(doc).toContain(`${RULE_MUTANTS.length} mutants; every rule R1–R21`);
  });
});
