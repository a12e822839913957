/** One place where two values differ: a dotted path and both sides. */
export interface Difference {
  readonly path: readonly string[];
  readonly expected: unknown;
  readonly actual: unknown;
}

/**
 * The first `limit` differences between two values made of Maps, arrays, plain objects and
 * primitives. Map entry order and object key order are ignored; an object key holding
 * `undefined` counts as absent.
 */
export function diffValues(expected: unknown, actual: unknown, limit = 10): Difference[] {
  const out: Difference[] = [];
  walk(expected, actual, [], out, limit);
  return out;
}

function walk(a: unknown, b: unknown, path: string[], out: Difference[], limit: number): void {
  if (out.length >= limit || Object.is(a, b)) return;
  if (a instanceof Map && b instanceof Map) {
    for (const k of sortedKeys([...a.keys(), ...b.keys()])) {
      walk(a.get(k), b.get(k), [...path, String(k)], out, limit);
    }
    return;
  }
  if (Array.isArray(a) && Array.isArray(b)) {
    for (let i = 0; i < Math.max(a.length, b.length); i++) walk(a[i], b[i], [...path, String(i)], out, limit);
    return;
  }
  if (isPlainObject(a) && isPlainObject(b)) {
    for (const k of sortedKeys([...Object.keys(a), ...Object.keys(b)])) walk(a[k], b[k], [...path, k], out, limit);
    return;
  }
  out.push({ path, expected: a, actual: b });
}

function isPlainObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x) && !(x instanceof Map);
}

function sortedKeys<K>(keys: K[]): K[] {
  return [...new Set(keys)].sort((x, y) => (String(x) < String(y) ? -1 : String(x) > String(y) ? 1 : 0));
}
