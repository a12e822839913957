import { existsSync } from 'node:fs';
import { parse } from 'yaml';
import { DEFAULT_POLICY, type Policy, checkPolicy } from '../../../engine/index.js';
import { loadPolicyFile } from '../../../scenarios/index.js';
import { InputError } from '../../exit.js';

/**
 * A policy given on the command line: a policy YAML file (rules.md keys; absent keys keep
 * the defaults), or inline overrides `key=value[,key=value]` such as `responseWindowDays=10`.
 * Absent: the default policy. Errors are one line, file:line:column for a file.
 */
export function loadPolicyOption(option: string, value: string | undefined): Policy {
  if (value === undefined || value === '') return DEFAULT_POLICY;
  if (existsSync(value)) return loadPolicyFile(value);
  if (!value.includes('=')) {
    throw new InputError(`${value}:1:1: no such policy file (give ${option} a policy YAML file, or overrides such as responseWindowDays=10)`);
  }
  let overrides: unknown;
  try {
    overrides = parse(`{${value.replaceAll('=', ': ')}}`, { schema: 'core' });
  } catch {
    throw new InputError(`${option} ${value}: not key=value pairs (write them as responseWindowDays=10,rejectionCooldownDays=3)`);
  }
  const r = checkPolicy(overrides);
  if (!r.ok) throw new InputError(`${option} ${value}: ${r.problems.map((p) => p.message).join('; ')}`);
  return r.policy;
}
