import { type Policy, checkPolicy } from '../engine/index.js';
import { isUnknownKey } from './isUnknownKey.js';
import { parseYaml } from './parseYaml.js';
import { readSource } from './readSource.js';
import { refuseWrittenFractions } from './refuseWrittenFractions.js';

/**
 * A policy YAML file: a map with the keys of the inline `policy:` (rules.md, policy
 * parameters); absent keys keep the defaults. Errors point into the policy file.
 */
export function loadPolicyFile(path: string): Policy {
  const { data, map } = parseYaml(readSource(path), path);
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    throw map.error([], 'a policy file must be a map of parameter: value (for example responseWindowDays: 10)');
  }
  const r = checkPolicy(data);
  if (r.ok) {
    refuseWrittenFractions(data, map, (probe) => checkPolicy(probe).ok);
    return r.policy;
  }
  const first = r.problems[0]!;
  throw map.error(first.path ?? (first.key ? [first.key] : []), first.message, isUnknownKey(first.message));
}

