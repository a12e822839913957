import type { Plain } from '../../input/toPlain.js';
import { indexOfName, isNamedList } from './namedItems.js';

/**
 * `over` laid on `base` (`extends`): maps merge key by key, as deep as they go; a key set to
 * null is removed; lists of named profiles merge by name (a profile of the same name is merged,
 * a new name is added at the end); any other value (and any other list) replaces the base's.
 */
export function mergePopulationData(base: Plain | undefined, over: Plain): Plain {
  if (isMap(base) && isMap(over)) {
    const out: { [key: string]: Plain } = { ...base };
    for (const [k, v] of Object.entries(over)) {
      if (v === null) delete out[k];
      else out[k] = mergePopulationData(base[k], v);
    }
    return out;
  }
  if (isNamedList(base) && isNamedList(over)) {
    const out: Plain[] = [...base];
    for (const item of over) {
      const k = indexOfName(out, item.name);
      if (k < 0) out.push(item);
      else out[k] = mergePopulationData(out[k], item);
    }
    return out;
  }
  return over;
}

function isMap(v: Plain | undefined): v is { [key: string]: Plain } {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}
