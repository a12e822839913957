import type { Calendar } from '../../engine/index.js';
import { formatInstant } from '../compile/formatInstant.js';

/** A value as it reads in a mismatch: strings bare, lists in brackets. */
export function show(v: unknown): string {
  if (v === null || v === undefined) return 'null';
  if (Array.isArray(v)) return `[${v.map(show).join(', ')}]`;
  return String(v);
}

/** `path: expected X, got Y` when X and Y differ, else nothing. */
export function mismatch(path: string, expected: unknown, actual: unknown): string[] {
  return expected === actual ? [] : [`${path}: expected ${show(expected)}, got ${show(actual)}`];
}

/** An instant (or null) as a scenario writes it. */
export function showInstant(t: number | null | undefined, calendar: Calendar): string | null {
  return t === null || t === undefined ? null : formatInstant(t, calendar);
}
