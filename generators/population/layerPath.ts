import type { DataPath } from '../../input/SourceMap.js';
import type { Plain } from '../../input/toPlain.js';
import { indexOfName, isNamedList } from './namedItems.js';

/**
 * A path of `from` (list items by index) as the same place in `to`: an item of a named list is
 * found by its name. As far as `to` has the place: the result is shorter when `to` stops.
 */
export function layerPath(path: DataPath, from: Plain, to: Plain): { path: DataPath; whole: boolean } {
  const out: PropertyKey[] = [];
  let a: Plain | undefined = from;
  let b: Plain | undefined = to;
  for (const seg of path) {
    if (Array.isArray(a) && Array.isArray(b) && typeof seg === 'number') {
      const item: Plain | undefined = a[seg];
      const k: number = isNamedList(a) && isNamedList(b) && item !== null && typeof item === 'object' && !Array.isArray(item) ? indexOfName(b, String(item!.name)) : seg < b.length ? seg : -1;
      if (k < 0) return { path: out, whole: false };
      out.push(k);
      a = item;
      b = b[k];
    } else if (a !== null && typeof a === 'object' && !Array.isArray(a) && b !== null && typeof b === 'object' && !Array.isArray(b) && String(seg) in b) {
      out.push(seg);
      a = a[String(seg)];
      b = b[String(seg)];
    } else return { path: out, whole: false };
  }
  return { path: out, whole: true };
}
