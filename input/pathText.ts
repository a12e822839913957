import type { DataPath } from './SourceMap.js';

/** `steps[2].claim`, `policy.responseWindowDays`, or `the scenario` for the root. */
export function pathText(path: DataPath): string {
  if (path.length === 0) return 'the scenario';
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`)).join('');
}
