import type { z } from 'zod';
// The scenario language's nearest-name hint: population files and scenarios suggest alike.
import { didYouMean } from '../../scenarios/schema/closest.js';
import { TYPE_NAMES } from '../../scenarios/schema/typeNames.js';

/** A zod issue's fields that the messages use. */
interface IssueLike {
  readonly code: string;
  readonly path: readonly PropertyKey[];
  readonly message: string;
  readonly keys?: readonly string[];
  readonly expected?: string;
  readonly input?: unknown;
  readonly minimum?: number | bigint;
  readonly maximum?: number | bigint;
  readonly inclusive?: boolean;
  readonly origin?: string;
  readonly values?: readonly unknown[];
  readonly params?: { readonly atKey?: boolean };
  readonly errors?: readonly (readonly IssueLike[])[];
}


/** `sellerProfiles[0].request.delay`, or `the population` at the root. */
export function pathText(path: readonly PropertyKey[]): string {
  if (path.length === 0) return 'the population';
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`)).join('');
}

function show(v: unknown): string {
  if (v === undefined) return 'nothing';
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'a map';
  return typeof v === 'string' ? JSON.stringify(v) : String(v);
}

/** Where an issue points (the key for unknown keys and key-level problems) and its one-line message. */
export function issueMessage(raw: z.core.$ZodIssue, knownKeys: (path: readonly PropertyKey[]) => string[]): { path: readonly PropertyKey[]; atKey: boolean; what: string } {
  const issue = raw as unknown as IssueLike;
  const path = issue.path;
  const where = pathText(path);
  switch (issue.code) {
    case 'unrecognized_keys': {
      const key = issue.keys![0]!;
      const known = knownKeys(path);
      const hint = `${didYouMean(key, known)}known keys here: ${known.join(', ')}`;
      return { path: [...path, key], atKey: true, what: `unknown key "${key}" in ${where} (${hint})` };
    }
    case 'invalid_type': {
      const expected = TYPE_NAMES[issue.expected ?? ''] ?? issue.expected ?? 'another value';
      if (issue.input === undefined) return { path: path.slice(0, -1), atKey: false, what: `${where} is missing (add it: ${expected})` };
      return { path, atKey: false, what: `${where} must be ${expected}, got ${show(issue.input)}` };
    }
    case 'too_small':
      return { path, atKey: false, what: `${where} must be ${issue.origin === 'array' ? 'a list of at least' : 'at least'} ${String(issue.minimum)}${issue.inclusive === false ? ' (exclusive)' : ''}` };
    case 'too_big':
      return { path, atKey: false, what: `${where} must be at most ${String(issue.maximum)}${issue.input === undefined ? '' : `, got ${show(issue.input)}`}` };
    case 'invalid_value':
      if (issue.input === undefined) return { path: path.slice(0, -1), atKey: false, what: `${where} is missing (add one of ${(issue.values ?? []).map((v) => JSON.stringify(v)).join(', ')})` };
      return { path, atKey: false, what: `${where} must be one of ${(issue.values ?? []).map((v) => JSON.stringify(v)).join(', ')}, got ${show(issue.input)}` };
    case 'invalid_union': {
      if (issue.input === undefined) return { path: path.slice(0, -1), atKey: false, what: `${where} is missing (add it)` };
      // A union of a number and a map (per-type probabilities), or text and number (durations).
      const first = issue.errors?.flat().find((e) => e.code !== 'invalid_type');
      if (first) return issueMessage({ ...first, path: [...path, ...first.path] } as unknown as z.core.$ZodIssue, knownKeys);
      return { path, atKey: false, what: `${where} has the wrong form, got ${show(issue.input)}` };
    }
    default:
      return { path, atKey: issue.params?.atKey === true, what: path.length ? `${where}: ${issue.message}` : issue.message };
  }
}
