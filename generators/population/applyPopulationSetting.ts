import { parse } from 'yaml';
import type { Plain } from '../../input/toPlain.js';
import { didYouMean } from '../../scenarios/schema/closest.js';
import { indexOfName } from './namedItems.js';
import { PopulationInputError } from './PopulationInputError.js';

/**
 * A `--set path=value` that cannot be applied, in one line: the setting, what is wrong, how to
 * fix it. A population input error (exit 2) with no file position: the setting is the place.
 */
export class PopulationSettingError extends PopulationInputError {
  constructor(what: string) {
    super('--set', 1, 1, what);
    this.message = what;
  }
}

/** A parsed `--set`: the path (keys, profile names or list indices) and the value, read as a YAML scalar. */
export interface PopulationSetting {
  readonly text: string;
  readonly path: readonly string[];
  readonly value: Plain;
}

/** Reads `path=value`: `buyerProfiles.firm.weight=4`, `horizon.length=90d`, `seed=7`. */
export function parsePopulationSetting(text: string): PopulationSetting {
  const eq = text.indexOf('=');
  const path = eq > 0 ? text.slice(0, eq).split('.') : [];
  if (eq <= 0 || path.some((p) => p === '')) throw new PopulationSettingError(`--set ${text}: write path=value, the path's parts separated by dots (such as buyerProfiles.firm.weight=4)`);
  let value: Plain;
  try {
    value = parse(text.slice(eq + 1), { schema: 'core' }) as Plain;
  } catch {
    throw new PopulationSettingError(`--set ${text}: the value is not a YAML scalar (write a number, text, true/false or a duration such as 2d)`);
  }
  if (value !== null && typeof value === 'object') throw new PopulationSettingError(`--set ${text}: the value must be one number, text or true/false (set the parts of a map one by one)`);
  return { text, path, value };
}

/**
 * `data` with the setting applied, in place of a copy: the path walks maps by key and lists of
 * profiles by name (or by index, 0-based); the last key may be new when `known(parentPath)`
 * lists it. Returns the path as list indices and keys, for pointing errors at the setting.
 */
export function applyPopulationSetting(data: Plain, s: PopulationSetting, known: (path: readonly PropertyKey[]) => readonly string[]): { data: Plain; path: readonly PropertyKey[] } {
  const resolved: PropertyKey[] = [];
  const walk = (node: Plain | undefined, k: number): Plain => {
    if (k === s.path.length) return s.value;
    const seg = s.path[k]!;
    const where = s.path.slice(0, k).join('.') || 'the population';
    if (Array.isArray(node)) {
      const byName = indexOfName(node, seg);
      const i = byName >= 0 ? byName : /^\d+$/.test(seg) && Number(seg) < node.length ? Number(seg) : -1;
      if (i < 0) {
        const names = node.map((x) => (x !== null && typeof x === 'object' && !Array.isArray(x) ? String(x.name) : '?'));
        throw new PopulationSettingError(`--set ${s.text}: ${where} has no item "${seg}" (${didYouMean(seg, names)}use a name: ${names.join(', ')})`);
      }
      resolved.push(i);
      const copy = [...node];
      copy[i] = walk(node[i], k + 1);
      return copy;
    }
    if (node !== null && typeof node === 'object') {
      const keys = known(resolved);
      if (!(seg in node) && !keys.includes(seg)) {
        const options = keys.length ? keys : Object.keys(node);
        throw new PopulationSettingError(`--set ${s.text}: ${where} has no key "${seg}" (${didYouMean(seg, options)}known keys here: ${options.join(', ')})`);
      }
      resolved.push(seg);
      return { ...node, [seg]: walk(node[seg], k + 1) };
    }
    if (node === undefined) {
      resolved.push(seg);
      return { [seg]: walk(undefined, k + 1) };
    }
    throw new PopulationSettingError(`--set ${s.text}: ${where} is ${JSON.stringify(node)}, not a map or list (set ${where} itself)`);
  };
  const out = walk(data, 0);
  return { data: out, path: resolved };
}
