import type { Plain } from '../../input/toPlain.js';

/** A list whose items are all maps with a text `name` (profiles): merged and addressed by name. */
export function isNamedList(v: Plain | undefined): v is { name: string }[] & Plain[] {
  return Array.isArray(v) && v.length > 0 && v.every((x) => x !== null && typeof x === 'object' && !Array.isArray(x) && typeof x.name === 'string');
}

/** The index of the item called `name` in a named list, or -1. */
export function indexOfName(list: readonly Plain[], name: string): number {
  return list.findIndex((x) => x !== null && typeof x === 'object' && !Array.isArray(x) && x.name === name);
}
