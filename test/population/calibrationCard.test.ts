import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { populationDifferences } from '../../generators/population/populationDifferences.js';
import { PopulationInputError, parsePopulation } from '../../generators/loadPopulation.js';
import { CALIBRATED, POPULATION } from './calibrationFixture.js';

/** `pop.yaml:line:column` of the first occurrence of `marker` in `text`. */
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
    expect((err as Error).message).not.toContain('\n');
    return (err as Error).message;
  }
  throw new Error('expected an input error');
}

describe('the calibration card of a population file', () => {
  it('is carried onto the population as written, defaults filled in', () => {
    const p = parsePopulation(CALIBRATED, 'pop.yaml');
    expect(p.calibration?.source).toMatchObject({ claims: 19876, from: '2024-04-01T09:00:00.000+09:00', policy: 'default' });
    expect(p.calibration?.parameters.map((x) => x.path)).toEqual(['buyerProfiles.0.accept.probability', 'sellerProfiles.0.request.delay.logNormal.median']);
    expect(p.calibration?.checks.map((c) => c.verdict)).toEqual(['pass', 'fail']);
    expect(p.calibration?.unidentified[0]!.policyKeys).toEqual(['reminderDaysBeforeDeadline']);
  });

  it('leaves a population without it exactly as before: no calibration key at all', () => {
    const p = parsePopulation(POPULATION, 'pop.yaml');
    expect('calibration' in p).toBe(false);
    const { calibration: _card, ...rest } = parsePopulation(CALIBRATED, 'pop.yaml');
    expect(JSON.stringify(rest)).toBe(JSON.stringify(p));
  });

  it('is no difference between two arms: a comparison lists no population change for it', () => {
    const data = (text: string) => parse(text, { schema: 'core' }) as Parameters<typeof populationDifferences>[0];
    expect(populationDifferences(data(POPULATION), data(CALIBRATED))).toEqual([]);
    expect(populationDifferences(data(CALIBRATED), data(CALIBRATED.replace('silent: 0.25', 'silent: 0.2').replace('reject: { probability: 0.2', 'reject: { probability: 0.25'))).map((c) => c.path)).toEqual([
      'buyerProfiles.kind.reject.probability',
      'buyerProfiles.kind.silent',
    ]);
  });

  it.each([
    ['an interval that does not hold the estimate', 'low: 0.54, high: 0.56', 'low: 0.57, high: 0.59', '0.57, high', /low 0\.57 is above the estimate 0\.55/],
    ['a probability above 1', 'estimate: 0.55, low: 0.54, high: 0.56', 'estimate: 0.55, low: 0.54, high: 1.5', '1.5, unit', /1\.5 is not a probability/],
    ['a short hash', `sha256: ${'cd'.repeat(32)}`, 'sha256: cdcd', 'cdcd', /SHA-256/],
    ['an instant without an offset', 'from: 2024-04-01T09:00:00.000+09:00', 'from: 2024-04-01T09:00:00', '2024-04-01T09:00:00\n', /not an instant with an offset/],
    ['an unknown unit', 'unit: ms', 'unit: hours', 'hours', /unit/],
    ['a p-value above 1', 'pValue: 0.31', 'pValue: 3.1', '3.1, n', /pValue/],
    ['a verdict other than pass or fail', 'verdict: pass', 'verdict: ok', 'ok', /verdict/],
    ['an unknown test', 'test: ks', 'test: t', 't, statistic', /test/],
    ['a chosen model not among its options', 'chosen: fractionOfWindow', 'chosen: gamma', 'gamma', /"gamma" is not one of the options/],
    ['an unknown key', 'claims: 19876', 'claims: 19876\n    clams: 3', 'clams', /clams/],
    ['an unknown policy key', 'policyKeys: [reminderDaysBeforeDeadline]', 'policyKeys: [reminderDays]', 'reminderDays]', /"reminderDays" is not a policy key/],
    ['a period that ends before it starts', 'until: 2024-06-15T10:02:00.000+09:00', 'until: 2024-03-15T10:02:00.000+09:00', '2024-03-15', /before from/],
  ])('refuses %s, at its place in the file', (_what, from, to, marker, message) => {
    const text = CALIBRATED.replace(from, to);
    expect(text).not.toBe(CALIBRATED);
    const error = errorOf(text);
    expect(error).toMatch(message);
    expect(error.startsWith(`${where(text, marker)}:`), error).toBe(true);
  });
});
