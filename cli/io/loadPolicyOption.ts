import { existsSync } from 'node:fs';
import { DEFAULT_POLICY, type Policy, checkPolicy } from '../../engine/index.js';
import { ScenarioInputError, loadPolicyFile } from '../../scenarios/index.js';
import { parseYaml } from '../../input/parseYaml.js';
import { refuseWrittenFractions } from '../../input/refuseWrittenFractions.js';
import { InputError } from '../exit.js';

/**
 * A policy given on the command line: a policy YAML file (rules.md keys; absent keys keep
 * the defaults), or inline overrides `key=value[,key=value]` such as `responseWindowDays=10`.
 * Absent: the default policy. Errors are one line, file:line:column for a file; for overrides,
 * the option and the value as written (never the text they are turned into to be parsed).
 */
export function loadPolicyOption(option: string, value: string | undefined): Policy {
  if (value === undefined || value === '') return DEFAULT_POLICY;
  if (existsSync(value)) return loadPolicyFile(value);
  if (!value.includes('=')) {
    throw new InputError(`${value}:1:1: no such policy file (give ${option} a policy YAML file, or overrides such as responseWindowDays=10)`);
  }
  // A long value is shown by its start: the line stays one readable line.
  const shown = value.length > 80 ? `${value.slice(0, 60)}… (${value.length} characters)` : value;
  const bad = (what: string): InputError => new InputError(`${option} ${shown}: ${what}`);
  let parsed;
  try {
    // The overrides read as one YAML flow map, with the scenario loader's exact numbers and limits.
    parsed = parseYaml(`{${value.replaceAll('=', ': ')}}`, option);
  } catch (err) {
    if (!(err instanceof ScenarioInputError)) throw err;
    throw bad(err.what.startsWith('YAML syntax error') ? 'not key=value pairs (write them as responseWindowDays=10,rejectionCooldownDays=3)' : err.what);
  }
  const r = checkPolicy(parsed.data);
  if (!r.ok) throw bad(r.problems.map((p) => p.message).join('; '));
  try {
    refuseWrittenFractions(parsed.data, parsed.map, (probe) => checkPolicy(probe).ok);
  } catch (err) {
    if (!(err instanceof ScenarioInputError)) throw err;
    throw bad(err.what);
  }
  return r.policy;
}
