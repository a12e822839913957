import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PopulationInputError, loadPopulationFile, parsePopulation } from '../../../generators/loadPopulation.js';

const BASE = `name: Tiny
seed: 7
horizon:
  start: 2024-04-01T09:00
  length: 30d
  arrivals: 10d
sellers: 2
buyers: 10
claims: 50
claimMix: { return: 3, cancel: 1 }
lifecycle:
  return_requested: { after: { exponential: { mean: 2d } }, next: { returning: 1 }, duringWithdrawal: wait }
sellerProfiles:
  - name: keen
    request: { probability: { return: 0.5 }, delay: { uniform: [1h, 2d] } }
buyerProfiles:
  - name: kind
    accept: { probability: 0.6, delay: { constant: 1d } }
    reject: { probability: 0.2, delay: { logNormal: { median: 1d, sigma: 0.5 } } }
    silent: 0.2
`;

/** `file:line:column` of the first occurrence of `marker` in `text`. */
function where(text: string, marker: string): string {
  const at = text.indexOf(marker);
  if (at < 0) throw new Error(`marker ${marker} not in the text`);
  const before = text.slice(0, at).split('\n');
  return `pop.yaml:${before.length}:${before.at(-1)!.length + 1}`;
}

function errorOf(text: string): string {
  try {
    parsePopulation(text, 'pop.yaml');
  } catch (err) {
    expect(err).toBeInstanceOf(PopulationInputError);
    return (err as Error).message;
  }
  throw new Error('expected an input error');
}

describe('population files', () => {
  it('read the fields, with durations in ms and defaults filled in', () => {
    const p = parsePopulation(BASE, 'pop.yaml');
    expect(p.horizon).toMatchObject({ lengthMs: 30 * 86_400_000, arrivalsMs: 10 * 86_400_000, start: { text: '2024-04-01T09:00', msOfDay: 9 * 3_600_000, offsetMs: null } });
    expect(p.claimMix).toEqual([{ value: 'return', weight: 3 }, { value: 'cancel', weight: 1 }]);
    expect(p.sellerProfiles[0]!.request.probability).toEqual({ cancel: 0, return: 0.5, exchange: 0, non_receipt: 0 });
    expect(p.sellerProfiles[0]!.reRequest.probability).toBe(0);
    expect(p.lifecycle.return_requested).toMatchObject({ duringWithdrawal: 'wait', after: { exponential: { mean: 2 * 86_400_000 } } });
    expect(p.buyerProfiles[0]!.reject.delay).toEqual({ logNormal: { median: 86_400_000, sigma: 0.5 } });
  });

  it('read an answer timed against the window: beforeDeadline in ms, fractionOfWindow as fractions, delay as afterRequest', () => {
    const text = BASE.replace('accept: { probability: 0.6, delay: { constant: 1d } }', 'accept: { probability: 0.6, fractionOfWindow: { uniform: [0.5, 1] } }').replace(
      'reject: { probability: 0.2, delay: { logNormal: { median: 1d, sigma: 0.5 } } }',
      'reject: { probability: 0.2, beforeDeadline: { constant: 6h } }',
    );
    const b = parsePopulation(text, 'pop.yaml').buyerProfiles[0]!;
    expect(b.accept).toEqual({ probability: 0.6, timing: 'fractionOfWindow', delay: { uniform: [0.5, 1] } });
    expect(b.reject).toEqual({ probability: 0.2, timing: 'beforeDeadline', delay: { constant: 6 * 3_600_000 } });
    expect(parsePopulation(BASE, 'pop.yaml').buyerProfiles[0]!.accept.timing).toBe('afterRequest');
  });

  it('read a reaction to the reminder, with the delay in ms; a profile without one does not react', () => {
    const text = BASE.replace('    silent: 0.2\n', '    silent: 0.2\n    onReminder: { answerProbability: 0.6, accept: 0.8, delay: { exponential: { mean: 6h } } }\n');
    expect(parsePopulation(text, 'pop.yaml').buyerProfiles[0]!.onReminder).toEqual({ answerProbability: 0.6, accept: 0.8, delay: { exponential: { mean: 6 * 3_600_000 } } });
    expect(parsePopulation(BASE, 'pop.yaml').buyerProfiles[0]!.onReminder).toEqual({ answerProbability: 0, accept: 0, delay: { constant: 0 } });
  });

  it('every shipped example population is valid', () => {
    const dir = 'generators/populations';
    const files = readdirSync(dir).filter((f) => f.endsWith('.yaml'));
    expect(files).toEqual(expect.arrayContaining(['small.yaml', 'default.yaml', 'large.yaml']));
    for (const f of files) expect(() => loadPopulationFile(join(dir, f))).not.toThrow();
  });

  // [what, replace, with, where the error must point (first occurrence after the change), message]
  const cases: [string, string, string, string, RegExp][] = [
    ['a misspelt key, with a suggestion', 'length: 30d', 'lenght: 30d', 'lenght', /unknown key "lenght" in horizon \(did you mean "length"\?/],
    ['a duration without a unit', 'mean: 2d }', 'mean: 2 }', '2 }', /2 is not a duration \(write a number with a unit/],
    ['an arrow rules.md does not allow', 'next: { returning: 1 }', 'next: { return_completed: 1 }', 'return_completed', /cannot go from return_requested to return_completed/],
    ['answer probabilities that do not add up to 1', 'silent: 0.2', 'silent: 0.3', '0.3', /add up to 1\.1, not 1/],
    ['an unknown claim type', 'claimMix: { return: 3', 'claimMix: { retrun: 3', 'retrun', /"retrun" is not a claim type \(use one of cancel, return/],
    ['an impossible date', '2024-04-01T09:00', '2024-02-30T09:00', '2024-02-30', /"2024-02-30T09:00" is not a date-time/],
    ['a probability above 1', 'probability: 0.6', 'probability: 1.6', '1.6', /must be at most 1/],
    ['two forms of one distribution', '{ constant: 1d }', '{ constant: 1d, uniform: [1h, 2h] }', '{ constant: 1d, uniform', /a distribution has one form, got constant and uniform/],
    ['a negative seed', 'seed: 7', 'seed: -7', '-7', /seed must be at least 0/],
    ['a reminder reaction without its accept share', 'silent: 0.2', 'silent: 0.2\n    onReminder: { answerProbability: 0.5 }', '{ answerProbability', /accept is missing/],
    ['a reminder reaction probability above 1', 'silent: 0.2', 'silent: 0.2\n    onReminder: { answerProbability: 1.5, accept: 1 }', '1.5', /must be at most 1/],
  ];
  for (const [what, from, to, marker, message] of cases) {
    it(`report ${what} as file:line:column: what (how to fix)`, () => {
      const text = BASE.replace(from, to);
      const msg = errorOf(text);
      expect(msg).toMatch(message);
      expect(msg.startsWith(`${where(text, marker)}: `)).toBe(true);
      expect(msg).not.toContain('\n');
    });
  }

  it('point a missing key at the map that lacks it', () => {
    const text = BASE.replace('buyers: 10\n', '');
    expect(errorOf(text)).toBe('pop.yaml:1:1: buyers is missing (add it: a number)');
  });

  it('want exactly one of claims and claimsPerSeller', () => {
    expect(errorOf(BASE.replace('claims: 50', 'claimsPerSeller: { constant: 3 }\nclaims: 50'))).toMatch(/either claims: N or claimsPerSeller/);
  });

  it('report YAML syntax errors and a missing file in the same one-line form', () => {
    expect(errorOf('name: [unclosed\n')).toMatch(/^pop\.yaml:\d+:\d+: YAML syntax error: .*\(.+\)$/);
    expect(() => loadPopulationFile('no/such/population.yaml')).toThrow('no/such/population.yaml:1:1: no such file');
  });
});

describe('population files: numbers at their extremes', () => {
  it.each([
    ['sellers: 2', 'sellers: 1000000000', 'sellers must be at most 1000000, got 1000000000'],
    ['buyers: 10', 'buyers: 1000000000000', 'buyers must be at most 10000000, got 1000000000000'],
    ['claims: 50', 'claims: 1000000000000000', 'claims must be at most 10000000, got 1000000000000000'],
    ['length: 30d', 'length: 1000000000d', 'is longer than 3650d'],
    ['claimMix: { return: 3, cancel: 1 }', 'claimMix: { return: 1e308, cancel: 1 }', 'claimMix.return must be at most 1000000, got 1e+308'],
    ['seed: 7', 'seed: 9007199254740993', 'the number 9007199254740993 is too large to be held exactly'],
    ['seed: 7', 'seed: .nan', 'the number .nan is not finite'],
    ['sellers: 2', 'sellers: 2.0', 'sellers must be a whole number written without a decimal point or exponent, got 2.0 (write 2)'],
  ])('%s as %s is refused where it is written: %s', (from, to, words) => {
    const text = BASE.replace(from, to);
    const message = errorOf(text);
    expect(message).toContain(words);
    expect(message.startsWith(`${where(text, to.split(': ')[0]!).split(':').slice(0, 2).join(':')}:`)).toBe(true);
  });

  it('a whole number written as 3.0 stays where any number is allowed (a weight)', () => {
    expect(parsePopulation(BASE.replace('claimMix: { return: 3,', 'claimMix: { return: 3.0,'), 'pop.yaml').claimMix[0]).toEqual({ value: 'return', weight: 3 });
  });
});

describe('population files: values the scenario loader refuses', () => {
  it('a start offset of +99:99', () => {
    const text = BASE.replace('start: 2024-04-01T09:00', 'start: 2024-04-01T09:00+99:99');
    expect(errorOf(text)).toMatch(/^pop\.yaml:4:\d+: .*"2024-04-01T09:00\+99:99" is not a date-time/);
  });

  it('a __proto__ key inside a map, at its position', () => {
    const text = BASE.replace('claimMix: { return: 3, cancel: 1 }', 'claimMix: { return: 3, __proto__: 1 }');
    expect(errorOf(text)).toBe(`${where(text, '__proto__')}: the key "__proto__" is not allowed (rename it: no scenario field or id is called that)`);
  });
});

describe('population files: loops', () => {
  it('a zero-duration lifecycle cycle (returning ↔ return_on_hold with after: 0) is refused at load, where it starts', () => {
    const text = BASE.replace(
      'lifecycle:\n',
      'lifecycle:\n  returning: { after: { constant: 0 }, next: { return_on_hold: 1 } }\n  return_on_hold: { after: { constant: 0 }, next: { returning: 1 } }\n',
    );
    expect(errorOf(text)).toBe(`${where(text, '{ constant: 0 }, next: { return_on_hold')}: lifecycle.returning.after: the lifecycle steps returning → return_on_hold → returning all take no time, so a claim would move round them forever at one instant (give one of them an after: above 0)`);
  });

  it('the same cycle with time on one step is a valid population', () => {
    const text = BASE.replace(
      'lifecycle:\n',
      'lifecycle:\n  returning: { after: { constant: 1h }, next: { return_on_hold: 1 } }\n  return_on_hold: { after: { constant: 0 }, next: { returning: 1 } }\n',
    );
    expect(() => parsePopulation(text, 'pop.yaml')).not.toThrow();
  });
});

describe('population files that are not files', () => {
  it.each([
    ['/dev/zero', 'is a character device, not a regular file'],
    ['.', 'is a folder, not a file (give a file)'],
  ])('%s is refused with one line', (path, words) => {
    expect(() => loadPopulationFile(path)).toThrow(`${path}:1:1: ${words}`);
  });
});

describe('population files: a part of the wrong shape never reaches the checks that read it', () => {
  it.each([
    ['next: { returning: 1 }', 'next: { returning: -27 }'],
    ['next: { returning: 1 }', 'next: { returning: 1e308 }'],
    ['after: { exponential: { mean: 2d } }', 'after: { empirical: [{ value: 1h, weight: -1 }] }'],
    ['after: { exponential: { mean: 2d } }', 'after: { uniform: [1h, 9999d] }'],
    ['lifecycle:\n', 'initialStatus: { return: { return_requested: -1 } }\nlifecycle:\n'],
    ['accept: { probability: 0.6, delay: { constant: 1d } }', 'accept: { probability: 0.6, delay: { constant: -1d } }'],
  ])('%s as %s is one input error, not a TypeError', (from, to) => {
    const text = BASE.replace(from, to);
    expect(text).not.toBe(BASE);
    expect(errorOf(text)).toMatch(/^pop\.yaml:\d+:\d+: /);
  });
});
