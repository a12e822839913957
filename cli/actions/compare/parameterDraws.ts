import type { CalibrationCard } from '../../../generators/population/calibrationSchema.js';
import type { Plain } from '../../../input/toPlain.js';

/** The most draws `compare --parameter-draws` takes. */
export const MAX_PARAMETER_DRAWS = 200;

/** The three probabilities of a buyer's answer, which add up to 1 in a population file. */
const ANSWER = [['accept', 'probability'], ['reject', 'probability'], ['silent']] as const;

/**
 * `draws` sets of the card's fitted parameters as `--set path=value` settings: each parameter
 * from a normal around its estimate with sd = (high − low) / 3.92 (its 95% interval read as
 * ±1.96 sd), clamped to what its unit allows (probability and fraction 0–1; weight above 0;
 * count whole and ≥ 0; ms, per-day, sigma ≥ 0). A buyer profile whose answer probabilities
 * (accept, reject, silent) are among them has the three renormalised to add up to 1, the ones
 * the card does not hold taken from `data` (the population as written). Deterministic in `seed`.
 */
export function parameterDraws(card: CalibrationCard, data: Plain, draws: number, seed: number): string[][] {
  const next = normals(seed);
  return Array.from({ length: draws }, () => {
    const values = new Map<string, number>();
    const units = new Map(card.parameters.map((p) => [p.path, p.unit]));
    for (const p of card.parameters) {
      const sd = (p.high - p.low) / 3.92;
      values.set(p.path, clamp(p.unit, p.estimate + sd * next()));
    }
    renormaliseAnswers(values, data);
    // A duration is written with its unit (a bare number is not one), whole milliseconds.
    return [...values].map(([path, v]) => `${path}=${units.get(path) === 'ms' ? `${Math.round(v)}ms` : +v.toPrecision(12)}`);
  });
}

function clamp(unit: CalibrationCard['parameters'][number]['unit'], v: number): number {
  switch (unit) {
    case 'probability':
    case 'fraction':
      return Math.min(1, Math.max(0, v));
    case 'weight':
      return Math.max(1e-9, v);
    case 'count':
      return Math.max(0, Math.round(v));
    default:
      return Math.max(0, v);
  }
}

/** Each buyer profile touched: its accept, reject and silent probabilities scaled to add up to 1. */
function renormaliseAnswers(values: Map<string, number>, data: Plain): void {
  const profiles = new Set<string>();
  for (const path of values.keys()) {
    const m = /^(buyerProfiles\.[^.]+)\.(accept\.probability|reject\.probability|silent)$/.exec(path);
    if (m) profiles.add(m[1]!);
  }
  for (const profile of profiles) {
    const paths = ANSWER.map((parts) => `${profile}.${parts.join('.')}`);
    const got = paths.map((p) => values.get(p) ?? numberAt(data, p) ?? 0);
    const sum = got.reduce((a, b) => a + b, 0);
    if (!(sum > 0)) continue;
    paths.forEach((p, i) => {
      if (values.has(p) || got[i]! > 0) values.set(p, got[i]! / sum);
    });
  }
}

/** The number at a dotted path of the population data (profiles by index or name), or null. */
function numberAt(data: Plain, path: string): number | null {
  let node: Plain | undefined = data;
  for (const seg of path.split('.')) {
    if (Array.isArray(node)) node = /^\d+$/.test(seg) ? node[Number(seg)] : node.find((x) => x !== null && typeof x === 'object' && !Array.isArray(x) && x.name === seg);
    else if (node !== null && typeof node === 'object') node = (node as { [k: string]: Plain })[seg];
    else return null;
  }
  return typeof node === 'number' ? node : null;
}

/** Standard normal draws (Box–Muller over a mulberry32 stream): reproducible in `seed`. */
function normals(seed: number): () => number {
  let a = seed >>> 0;
  const uniform = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (((t ^ (t >>> 14)) >>> 0) + 0.5) / 4294967296;
  };
  return () => Math.sqrt(-2 * Math.log(uniform())) * Math.cos(2 * Math.PI * uniform());
}
