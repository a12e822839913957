import { pathText } from './pathText.js';
import type { DataPath, SourceMap } from './SourceMap.js';
import type { Plain } from './toPlain.js';

/** `data` with the value at `path` replaced (the rest shared, not copied). */
function replaced(data: Plain, path: DataPath, value: Plain): Plain {
  if (path.length === 0) return value;
  const [head, ...rest] = path;
  if (Array.isArray(data)) {
    const copy = [...data];
    copy[head as number] = replaced(data[head as number]!, rest, value);
    return copy;
  }
  if (data === null || typeof data !== 'object') return data;
  return { ...data, [String(head)]: replaced(data[String(head)]!, rest, value) };
}

/**
 * Refuses a whole number written with a decimal point or an exponent (`7.0`, `1e1`) where the
 * file asks for a whole number (the spec's integer parameters): the value is tried as a
 * fraction, and if `isValid` then refuses the data, the field is a whole-number field. Call it
 * once the data is valid; a `7.0` where any number is allowed (a weight, a mean) stays.
 */
export function refuseWrittenFractions(data: Plain, map: SourceMap, isValid: (data: Plain) => boolean): void {
  for (const { path, source } of map.fractions) {
    const probe = replaced(data, path, 0.5 + Number(source));
    if (!isValid(probe)) {
      throw map.error(path, `${pathText(path)} must be a whole number written without a decimal point or exponent, got ${source} (write ${Number(source)})`);
    }
  }
}
