import { type Document, isAlias, isMap, isScalar, isSeq, type Node } from 'yaml';
import type { DataPath, SourceMap } from './SourceMap.js';
import { FORBIDDEN_KEYS, LIMITS, tooDeep } from './limits.js';

/** A plain value of a parsed file: maps are prototype-less objects, so no key reaches a prototype. */
export type Plain = null | boolean | number | string | Plain[] | { [key: string]: Plain };

/**
 * Turns a parsed YAML document into plain data, recording where every value and key stands.
 * Aliases are expanded under a budget (alias bombs), keys that could reach an object
 * prototype are refused, only scalar keys are allowed, and maps and lists may nest at most
 * LIMITS.maxDepth deep once aliases are expanded (an alias can nest a deep anchor in another).
 */
export function toPlain(doc: Document, map: SourceMap): Plain {
  let aliases = 0;
  let nodes = 0;
  const walk = (node: unknown, path: DataPath, depth: number): Plain => {
    if (++nodes > LIMITS.maxNodes) {
      throw map.error(path, `the file expands to more than ${LIMITS.maxNodes} values (split it into smaller files)`);
    }
    if (node === null || node === undefined) return null;
    const n = node as Node;
    if (n.range) map.setValue(path, n.range[0]);
    if (isAlias(n)) {
      if (++aliases > LIMITS.maxAliases) {
        throw map.error(path, `more than ${LIMITS.maxAliases} alias expansions (an alias bomb?); write the values out instead of *aliases`);
      }
      const target = n.resolve(doc);
      if (!target) throw map.error(path, `alias *${n.source} names no anchor (define &${n.source} before using it)`);
      if (depth > 64) throw map.error(path, 'aliases nest too deeply (write the values out)');
      const value = walk(target, path, depth + 1);
      if (n.range) map.setValue(path, n.range[0]);
      return value;
    }
    if (isScalar(n)) return scalarValue(n.value, n.source, path, map);
    // A map or list at path length k is the (k + 1)-th level.
    if ((isSeq(n) || isMap(n)) && path.length >= LIMITS.maxDepth) throw map.error(path, tooDeep());
    if (isSeq(n)) return n.items.map((item, i) => walk(item, [...path, i], depth));
    if (isMap(n)) {
      const out = Object.create(null) as { [key: string]: Plain };
      for (const pair of n.items) {
        const keyNode = pair.key as Node | null;
        if (!isScalar(keyNode) || keyNode.value === null || typeof keyNode.value === 'object') {
          throw map.errorAt(keyNode?.range?.[0] ?? n.range?.[0] ?? 0, 'a map key must be a plain word or number (write key: value)');
        }
        const key = String(keyNode.value);
        if (FORBIDDEN_KEYS.has(key)) {
          throw map.errorAt(keyNode.range?.[0] ?? 0, `the key "${key}" is not allowed (rename it: no scenario field or id is called that)`);
        }
        const childPath = [...path, key];
        if (keyNode.range) map.setKey(childPath, keyNode.range[0]);
        if (pair.value === null && keyNode.range) map.setValue(childPath, keyNode.range[0]);
        out[key] = walk(pair.value, childPath, depth);
      }
      return out;
    }
    throw map.error(path, 'unsupported YAML node (use plain maps, lists and scalars)');
  };
  return walk(doc.contents, [], 0);
}

/** The largest whole number a double holds exactly, as the messages write it. */
const MAX_EXACT = Number.MAX_SAFE_INTEGER;

function scalarValue(v: unknown, source: unknown, path: DataPath, map: SourceMap): Plain {
  if (v === null || typeof v === 'boolean' || typeof v === 'string') return v;
  if (typeof v === 'number') return numberValue(v, typeof source === 'string' ? source : String(v), path, map);
  if (typeof v === 'bigint') throw map.error(path, `the number ${v} is too large (use a smaller number)`);
  throw map.error(path, 'unsupported scalar value (write a string, number, true/false or null)');
}

/**
 * A number as written: infinities and NaN are refused (no field takes them), and so is a whole
 * number too large to be held exactly (9007199254740993 would silently become …992). A whole
 * number written with a decimal point or an exponent (`7.0`, `1e3`) is noted, so that a field
 * that asks for a whole number can refuse it (refuseWrittenFractions).
 */
function numberValue(v: number, source: string, path: DataPath, map: SourceMap): number {
  if (!Number.isFinite(v)) {
    throw map.error(path, `the number ${source} is not finite (write a finite number; every field has a documented range)`);
  }
  const decimal = /^[-+]?\d[\d_]*$/.test(source);
  if (decimal && !Number.isSafeInteger(v)) {
    throw map.error(path, `the number ${source} is too large to be held exactly (whole numbers go up to ${MAX_EXACT}; every field has a smaller documented range)`);
  }
  if (Number.isInteger(v) && !decimal && /[.eE]/.test(source) && !/^0[xo]/i.test(source.replace(/^[-+]/, ''))) map.noteFraction(path, source);
  return v === 0 ? 0 : v;
}
