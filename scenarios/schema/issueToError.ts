import type { z } from 'zod';
import type { ScenarioInputError } from '../../input/ScenarioInputError.js';
import type { DataPath, SourceMap } from '../../input/SourceMap.js';
import type { Plain } from '../../input/toPlain.js';
import { pathText } from '../../input/pathText.js';
import { didYouMean } from './closest.js';
import { TYPE_NAMES } from './typeNames.js';

function valueAt(data: Plain, path: DataPath): Plain | undefined {
  let v: Plain | undefined = data;
  for (const p of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = Array.isArray(v) ? v[p as number] : Object.hasOwn(v, String(p)) ? v[String(p)] : undefined;
  }
  return v;
}

function show(v: Plain | undefined): string {
  if (v === undefined) return 'nothing';
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'a map';
  return typeof v === 'string' ? JSON.stringify(v) : String(v);
}

/** `steps[0].claim must be…` but `claims[0].type: unknown claim type…`. */
const joint = (message: string): string => (message.startsWith('must') ? ` ${message}` : `: ${message}`);

/** True for an issue about a key that is absent (reported after any unknown key beside it). */
export function isMissing(issue: z.core.$ZodIssue, data: Plain): boolean {
  return issue.code === 'invalid_type' && valueAt(data, issue.path as DataPath) === undefined;
}

interface IssueLike {
  readonly code: string;
  readonly path: readonly PropertyKey[];
  readonly message: string;
  readonly keys?: readonly string[];
  readonly params?: { readonly atKey?: boolean; readonly bare?: boolean };
  readonly issues?: readonly IssueLike[];
  readonly discriminator?: string;
  readonly options?: readonly unknown[];
}


/** Messages for the issues no field of the schema words itself (zod's per-parse error map). */
export const defaultMessages = (iss: { code: string; expected?: string; input?: unknown; minimum?: unknown; maximum?: unknown }): string | undefined => {
  switch (iss.code) {
    case 'invalid_type':
      return `must be ${TYPE_NAMES[iss.expected ?? ''] ?? iss.expected}, got ${show(iss.input as Plain | undefined)}`;
    case 'too_small':
      return `must be at least ${String(iss.minimum)}`;
    case 'too_big':
      return `must be at most ${String(iss.maximum)}`;
    default:
      return undefined;
  }
};

/**
 * One zod issue as a `file:line:column: what (how to fix)` error at the offending node
 * (the key for an unknown key, the parent map for a missing one).
 */
export function issueToError(raw: z.core.$ZodIssue, data: Plain, map: SourceMap, allowedKeys: (path: DataPath) => readonly string[]): ScenarioInputError {
  const issue = raw as unknown as IssueLike;
  const path = issue.path as DataPath;
  const where = pathText(path);
  switch (issue.code) {
    case 'unrecognized_keys': {
      const key = issue.keys![0]!;
      const allowed = allowedKeys(path);
      const comma = /\s/.test(key) ? 'a comma inside { … } starts a new entry: quote text that has commas; ' : '';
      const hint = comma + (allowed.length ? `${didYouMean(key, allowed)}allowed here: ${allowed.join(', ')}` : 'remove it');
      return map.error([...path, key], `unknown key "${key}" in ${where} (${hint})`, true);
    }
    case 'invalid_union':
      if (issue.discriminator) {
        const name = valueAt(data, path);
        const actions = (issue.options ?? []).filter((o): o is string => typeof o === 'string');
        const shown = typeof name === 'string' ? `unknown action "${name}"` : `do must be an action name, got ${show(name)}`;
        return map.error(path, `${shown} (${typeof name === 'string' ? didYouMean(name, actions) : ''}actions: ${actions.join(', ')})`);
      }
      return map.error(path, `${where} ${issue.message}`);
    case 'invalid_key': {
      const inner = issue.issues?.[0];
      return map.error(path, `${where}: ${inner?.message ?? 'invalid key'}`, true);
    }
    case 'invalid_type':
      if (valueAt(data, path) === undefined) {
        const key = path[path.length - 1];
        return map.error(path.slice(0, -1), `missing ${String(key)} in ${pathText(path.slice(0, -1))} (add ${String(key)}: …)`);
      }
      return map.error(path, `${where}${joint(issue.message)}`);
    case 'custom':
      return map.error(path, issue.params?.bare ? issue.message : `${where}: ${issue.message}`, issue.params?.atKey === true);
    default:
      return map.error(path, `${where}${joint(issue.message)}`);
  }
}
