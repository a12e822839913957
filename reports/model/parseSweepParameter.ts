import { type Policy, SWEEPABLE_KEYS, checkPolicy } from '../../engine/index.js';
import type { SweepParameter } from './SweepReport.js';

/** The policy parameters a sweep can vary: the whole-number ones whose record says sweepable (engine/parameters). */
export { SWEEPABLE_KEYS };

/** At most this many values per parameter (a grid multiplies them). */
const MAX_VALUES = 100;

/**
 * Reads a `--param` value: `key=a..b` (every whole number from a to b), `key=a..b:step`, or
 * `key=v1,v2,…`. Returns the parameter, or what is wrong with it (one line, with the fix).
 */
export function parseSweepParameter(text: string): SweepParameter | { readonly error: string } {
  const eq = text.indexOf('=');
  const key = (eq < 0 ? text : text.slice(0, eq)).trim();
  if (!(SWEEPABLE_KEYS as readonly string[]).includes(key)) {
    return { error: `--param ${text}: "${key}" cannot be swept (one of ${SWEEPABLE_KEYS.join(', ')}), written key=3..14` };
  }
  const spec = eq < 0 ? '' : text.slice(eq + 1).trim();
  let values: number[];
  const range = /^(\d+)\s*\.\.\s*(\d+)(?:\s*:\s*(\d+))?$/.exec(spec);
  if (range) {
    const [from, to, step] = [Number(range[1]), Number(range[2]), Number(range[3] ?? 1)];
    if (from > to || step < 1) return { error: `--param ${text}: a range runs from low to high with a step ≥ 1, e.g. ${key}=3..14 or ${key}=0..10:2` };
    if ((to - from) / step + 1 > MAX_VALUES) return { error: `--param ${text}: more than ${MAX_VALUES} values (use a step, e.g. ${key}=${from}..${to}:${Math.ceil((to - from) / MAX_VALUES)})` };
    values = [];
    for (let v = from; v <= to; v += step) values.push(v);
  } else if (/^\d+(\s*,\s*\d+)*$/.test(spec)) {
    values = [...new Set(spec.split(',').map((v) => Number(v.trim())))].sort((a, b) => a - b);
  } else {
    return { error: `--param ${text}: give ${key} a range or a list of whole numbers, e.g. ${key}=3..14 or ${key}=3,7,14` };
  }
  for (const v of values) {
    const r = checkPolicy({ [key]: v });
    if (!r.ok) return { error: `--param ${text}: ${r.problems[0]!.message}` };
  }
  if (values.length < 2) return { error: `--param ${text}: a sweep needs at least two values of ${key}` };
  return { key: key as keyof Policy, values };
}

/** Every combination of the parameters' values, the first parameter varying slowest. */
export function sweepGrid(parameters: readonly SweepParameter[]): Record<string, number>[] {
  let grid: Record<string, number>[] = [{}];
  for (const p of parameters) grid = grid.flatMap((g) => p.values.map((v) => ({ ...g, [p.key]: v })));
  return grid;
}

/** `key=a..b`, `key=a..b:step` or `key=v1,v2,…`, as a --param writes the values. */
function paramText(key: string, values: readonly number[]): string {
  const step = values.length > 2 ? values[1]! - values[0]! : 0;
  if (step >= 1 && values.every((v, i) => v === values[0]! + i * step)) return `${key}=${values[0]}..${values.at(-1)}${step === 1 ? '' : `:${step}`}`;
  return `${key}=${values.join(',')}`;
}

/**
 * What is wrong with the first grid point that makes no valid policy on `base` (a window
 * swept below the base's reminder: reminderDaysBeforeDeadline 3 with responseWindowDays=2),
 * naming the point and the values of each swept parameter that do hold there; null when
 * every point is a valid policy. Checked before any run, so the sweep is refused whole.
 */
export function sweepGridProblem(parameters: readonly SweepParameter[], base: Policy): string | null {
  for (const point of sweepGrid(parameters)) {
    const r = checkPolicy(point, base);
    if (r.ok) continue;
    const where = Object.entries(point).map(([k, v]) => `${k}=${v}`).join(', ');
    // Per swept parameter, the values that hold with the others at this point.
    const fixes = parameters.flatMap((p) => {
      const good = p.values.filter((v) => checkPolicy({ ...point, [p.key]: v }, base).ok);
      return good.length >= 2 ? [`--param ${paramText(p.key, good)}`] : [];
    });
    const fix = fixes.length ? `sweep only values that hold with the base policy, such as ${fixes.join(' or ')}, or change the base policy (--base)` : 'change the base policy (--base) or the swept values';
    return `sweep: the grid point ${where} is not a valid policy on the base policy: ${r.problems[0]!.message} (${fix})`;
  }
  return null;
}
