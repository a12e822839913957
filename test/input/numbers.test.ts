import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ScenarioInputError, parseScenario, runScenarioPaths } from '../../scenarios/index.js';
import { tempDirs } from '../tempDirs.js';
import { scenarioText } from '../scenarios/scenarioText.js';

const temp = tempDirs('claimsim-numbers-');
afterAll(temp.remove);

function errorOf(text: string): string {
  try {
    parseScenario(text, 's.yaml');
  } catch (err) {
    expect(err).toBeInstanceOf(ScenarioInputError);
    return (err as Error).message;
  }
  throw new Error('expected an input error');
}

/** `s.yaml:line:column` of the first occurrence of `marker`. */
function where(text: string, marker: string): string {
  const before = text.slice(0, text.indexOf(marker)).split('\n');
  return `s.yaml:${before.length}:${before.at(-1)!.length + 1}`;
}

describe('numbers at their extremes: every number has a range, checked where it is written', () => {
  it.each([
    ['policy: { responseWindowDays: 100000000 }\n', '100000000', 'responseWindowDays must be a whole number from 1 to 3650, got 100000000'],
    ['policy: { rejectionCooldownDays: 1e300 }\n', '1e300', 'rejectionCooldownDays must be a whole number from 0 to 3650, got 1e+300'],
    ['policy: { cancellationCooldownDays: 1e8 }\n', '1e8', 'cancellationCooldownDays must be a whole number from 0 to 3650, got 100000000'],
    ['policy: { maxReRequests: 100000 }\n', '100000', 'maxReRequests must be null (unlimited) or a whole number from 0 to 1000, got 100000'],
  ])('policy %j', (head, marker, words) => {
    const text = scenarioText('  - advance: { days: 1 }', head);
    expect(errorOf(text)).toContain(`${where(text, marker)}: ${words}`);
  });

  it.each([
    ['  - advance: { days: 1000000000 }', '1000000000', 'steps[0].advance.days must be a whole number from 0 to 36500, got 1000000000'],
    ['  - advance: { hours: 876001 }', '876001', 'steps[0].advance.hours must be a whole number from 0 to 876000, got 876001'],
    ['  - check: { never: { within: { days: 1000000000 }, claims: { C1: { status: returning } } } }', '1000000000', 'steps[0].check.never.within.days must be a whole number from 0 to 36500'],
  ])('durations: %s', (steps, marker, words) => {
    const text = scenarioText(steps);
    expect(errorOf(text)).toContain(`${where(text, marker)}: ${words}`);
  });

  it('a clock that would leave year 9999 is refused at the step that moves it', () => {
    const text = scenarioText(Array(81).fill('  - advance: { days: 36500 }').join('\n'));
    expect(errorOf(text)).toMatch(/^s\.yaml:\d+:\d+: the clock would pass 9999-12-31 at this step/);
  });

  it('a number too precise to be exact is said so, not echoed rounded', () => {
    const text = scenarioText('  - advance: { minutes: 9007199254740993 }');
    expect(errorOf(text)).toBe(`${where(text, '9007199254740993')}: the number 9007199254740993 is too large to be held exactly (whole numbers go up to 9007199254740991; every field has a smaller documented range)`);
  });

  it.each(['.inf', '-.inf', '.nan', '1e400'])('the non-finite number %s is refused', (n) => {
    const text = scenarioText(`  - advance: { days: ${n} }`);
    expect(errorOf(text)).toBe(`${where(text, n)}: the number ${n} is not finite (write a finite number; every field has a documented range)`);
  });

  it.each([
    ['  - advance: { days: 7.0 }', '7.0', 'steps[0].advance.days', '7'],
    ['  - advance: { hours: 1e1 }', '1e1', 'steps[0].advance.hours', '10'],
  ])('an integer written as a fraction (%s) is an input error', (steps, marker, field, fix) => {
    const text = scenarioText(steps);
    expect(errorOf(text)).toBe(`${where(text, marker)}: ${field} must be a whole number written without a decimal point or exponent, got ${marker} (write ${fix})`);
  });

  it('an integer policy parameter written as 7.0 is an input error', () => {
    const text = scenarioText('  - advance: { days: 1 }', 'policy: { responseWindowDays: 7.0 }\n');
    expect(errorOf(text)).toContain(`${where(text, '7.0')}: policy.responseWindowDays must be a whole number written without a decimal point or exponent, got 7.0 (write 7)`);
  });

  it('one bad scenario never stops run from reporting the valid files beside it', () => {
    const dir = temp.make();
    mkdirSync(join(dir, 'x'));
    writeFileSync(join(dir, 'a.yaml'), scenarioText('  - advance: { days: 1 }', 'policy: { responseWindowDays: 1e300 }\n'));
    writeFileSync(join(dir, 'b.yaml'), scenarioText('  - advance: { days: 1 }'));
    writeFileSync(join(dir, 'x', 'c.yaml'), scenarioText('  - advance: { days: 1e9 }'));
    const report = runScenarioPaths([dir]);
    expect(report.scenarios.map((s) => s.status)).toEqual(['error', 'passed', 'error']);
  });
});
