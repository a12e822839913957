import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Command } from 'commander';
import { afterAll, describe, expect, it } from 'vitest';
import { loadPolicyOption } from '../../cli/io/loadPolicyOption.js';
import { unknownOption } from '../../cli/unknownOption.js';
import { loadScenarioFile } from '../../scenarios/index.js';
import { tempDirs } from '../tempDirs.js';
import { runCli } from './commands/runCli.js';
import { scenarioText } from '../scenarios/scenarioText.js';

const temp = tempDirs('claimsim-messages-');
afterAll(temp.remove);

function policyError(value: string): string {
  try {
    loadPolicyOption('--policy', value);
  } catch (err) {
    return (err as Error).message;
  }
  throw new Error('expected an input error');
}

describe('messages that describe the input as written', () => {
  it.each([
    ['responseWindowDays=[10]', '--policy responseWindowDays=[10]: responseWindowDays must be a whole number from 1 to 3650, got a list'],
    ['responseWindowDays={a: 1}', '--policy responseWindowDays={a: 1}: responseWindowDays must be a whole number from 1 to 3650, got a map'],
    ['responseWindowDays=7.0', '--policy responseWindowDays=7.0: responseWindowDays must be a whole number written without a decimal point or exponent, got 7.0 (write 7)'],
    ['responseWindowDays=9007199254740993', '--policy responseWindowDays=9007199254740993: the number 9007199254740993 is too large to be held exactly (whole numbers go up to 9007199254740991; every field has a smaller documented range)'],
    ['responseWindowDays=7,{', '--policy responseWindowDays=7,{: not key=value pairs (write them as responseWindowDays=10,rejectionCooldownDays=3)'],
  ])('--policy %s', (value, message) => {
    expect(policyError(value)).toBe(message);
  });

  it('--policy keeps good overrides, lists included', () => {
    expect(loadPolicyOption('--policy', 'responseWindowDays=10,eligibleStatuses=[returning]')).toMatchObject({ responseWindowDays: 10, eligibleStatuses: ['returning'] });
  });

  it('a UTF-16 file says it is UTF-16 and must be UTF-8', () => {
    const file = join(temp.make(), 'utf16.yaml');
    writeFileSync(file, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(scenarioText('  - advance: { days: 1 }'), 'utf16le')]));
    expect(() => loadScenarioFile(file)).toThrow(`${file}:1:1: the file is UTF-16 (it starts with a UTF-16 byte-order mark); save it as UTF-8`);
  });

  it('an absolute policy: path in a scenario is honoured', () => {
    const dir = temp.make();
    const policy = resolve(dir, 'p.yaml');
    writeFileSync(policy, 'responseWindowDays: 10\n');
    const scenario = join(temp.make(), 's.yaml');
    writeFileSync(scenario, scenarioText('  - advance: { days: 1 }', `policy: ${policy}\n`));
    expect(loadScenarioFile(scenario).policy.responseWindowDays).toBe(10);
  });

  it('an unknown option suggests the nearest (--populaton → --population), even beside a missing required one', () => {
    const program = new Command('claimsim');
    program.command('simulate').requiredOption('-p, --population <file>').option('--policy <p>').option('-o, --out <dir>');
    expect(unknownOption(program, ['simulate', '--populaton', 'x.yaml'])).toBe("error: unknown option '--populaton' for claimsim simulate (did you mean --population?) (see claimsim simulate --help)");
    expect(unknownOption(program, ['simulate', '--population=x.yaml', '--out', 'o'])).toBeNull();
    expect(unknownOption(program, ['simulate', '--zzzzzzzzzz'])).toBe("error: unknown option '--zzzzzzzzzz' for claimsim simulate (see claimsim simulate --help)");
  });

  it('the command line says the same, exit 2, one line', () => {
    const r = runCli(['simulate', '--populaton', 'generators/populations/small.yaml']);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe("error: unknown option '--populaton' for claimsim simulate (did you mean --population?) (see claimsim simulate --help)\n");
  });
});
