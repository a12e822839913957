import { MS_PER_DAY } from '../../../engine/index.js';
import type { CalibrationCard, CalibrationParameter } from '../../../generators/population/calibrationSchema.js';
import { POPULATION_LIMITS as L } from '../../../generators/population/populationLimits.js';
import { drawUniform, streamKey } from '../../../generators/random/hash32.js';
import { MIN_DRAWS_PER_MODEL, MODEL_WEIGHT_FLOOR } from '../../../reports/stats/mixtureDraws.js';
import type { Plain } from '../../../input/toPlain.js';

/** The most draws `compare --parameter-draws` takes. */
export const MAX_PARAMETER_DRAWS = 200;

export { MIN_DRAWS_PER_MODEL, MODEL_WEIGHT_FLOOR };

/** The three probabilities of a buyer's answer, which add up to 1 in a population file. */
const ANSWER = [['accept', 'probability'], ['reject', 'probability'], ['silent']] as const;

/**
 * `draws` sets of the card's fitted parameters as `--set path=value` settings: each parameter
 * from a normal around its estimate with sd = (high − low) / 3.92 (its 95% interval read as
 * ±1.96 sd), clamped to what its unit allows (probability and fraction 0–1; weight above 0;
 * count whole and ≥ 0; ms, per-day, sigma ≥ 0) and to the population file's limits
 * (POPULATION_LIMITS: sigma, weight, count, a duration's longest). A buyer profile whose answer probabilities
 * (accept, reject, silent) are among them has the three renormalised to add up to 1, the ones
 * the card does not hold taken from `data` (the population as written). Deterministic in `seed`.
 * The card's alternatives are left out: modelDraws draws them.
 */
export function parameterDraws(card: CalibrationCard, data: Plain, draws: number, seed: number): string[][] {
  const next = normals(seed);
  return Array.from({ length: draws }, () => drawSettings(card.parameters, data, next));
}

/** One draw of the model and its parameters (modelDraws). */
export interface ModelDraw {
  /** The option each weighed choice took, `what: name` joined by `; ` (the chosen ones too); empty when the card has no alternatives. */
  readonly model: string;
  /** The model's weight on the card: the product of its options' weights (not renormalised: the joint models not drawn keep theirs, see modelDraws); 1 when the card has no alternatives. */
  readonly weight: number;
  /** Values the drawn alternatives put in place of the population's (dotted path → value); empty when every choice drew its chosen option. */
  readonly set: Readonly<Record<string, unknown>>;
  /** The draw's parameters as `--set path=value`, on the population with `set` applied. */
  readonly settings: string[];
}

/**
 * `draws` draws of the model and then its parameters. The models are joint: one option of each
 * choice the card keeps alternatives for (a choice the log does not identify), weighing the
 * product of its options' weights (a choice's chosen option has what its alternatives leave).
 * The draws are stratified over the joint models (stratified): each of weight
 * MODEL_WEIGHT_FLOOR or more gets MIN_DRAWS_PER_MODEL draws while the draws last (heaviest
 * first), the rest are shared in proportion to the weights, the order shuffled by `seed`. A
 * joint model not drawn (under the floor, or past what the draws allow) keeps its weight: the
 * pooling mixes the drawn ones by their weights and reports the rest as not drawn. With one
 * choice the joint models are its options, in the same order, so its draws are as they were
 * when each choice was stratified on its own. The draws then draw the parameters as
 * parameterDraws does: the card's own where the chosen options stand, each alternative's in
 * place of those under the paths it sets. A card without alternatives gives parameterDraws's
 * settings, draw for draw, each of weight 1. Deterministic in `seed`.
 */
export function modelDraws(card: CalibrationCard, data: Plain, draws: number, seed: number): ModelDraw[] {
  const alternatives = card.alternatives ?? [];
  const next = normals(seed);
  const choices = [...new Set(alternatives.map((a) => a.what))].map((what) => {
    const options = alternatives.filter((a) => a.what === what);
    const chosen = card.choices.find((ch) => ch.what === what)?.chosen ?? 'chosen';
    const rest = Math.max(0, 1 - options.reduce((s, a) => s + a.weight, 0));
    return { what, chosen, options, weights: [rest, ...options.map((a) => a.weight)] };
  });
  // Every combination of options, the first choice's varying slowest (one choice: its options in order).
  const joint = choices.reduce<{ readonly picks: number[]; readonly weight: number }[]>(
    (acc, c) => acc.flatMap((j) => c.weights.map((w, k) => ({ picks: [...j.picks, k], weight: j.weight * w }))),
    [{ picks: [], weight: 1 }],
  );
  const { order } = stratified(joint.map((j) => j.weight), draws, seed);
  return Array.from({ length: draws }, (_, d) => {
    const j = joint[order[d]!]!;
    let parameters: readonly CalibrationParameter[] = card.parameters;
    let drawn = data;
    const set: Record<string, unknown> = {};
    const model: string[] = [];
    choices.forEach((c, i) => {
      const k = j.picks[i]!;
      const alt = k > 0 ? c.options[k - 1]! : null;
      model.push(`${c.what}: ${alt ? alt.name : c.chosen}`);
      if (!alt) return;
      const under = Object.keys(alt.set);
      parameters = [...parameters.filter((q) => !under.some((u) => q.path === u || q.path.startsWith(`${u}.`))), ...alt.parameters];
      for (const [path, value] of Object.entries(alt.set)) {
        set[path] = value;
        drawn = withValue(drawn, path, value as Plain);
      }
    });
    return { model: model.join('; '), weight: j.weight, set, settings: drawSettings(parameters, drawn, next) };
  });
}

/** The population data with the value at a dotted path (profiles by index or name) put in place. */
export function withValue(data: Plain, path: string, value: Plain): Plain {
  const put = (node: Plain | undefined, segs: readonly string[]): Plain => {
    if (segs.length === 0) return value;
    const [seg, ...rest] = segs as [string, ...string[]];
    if (Array.isArray(node)) {
      const byName = node.findIndex((x) => x !== null && typeof x === 'object' && !Array.isArray(x) && x.name === seg);
      const i = byName >= 0 ? byName : Number(seg);
      if (!(Number.isInteger(i) && i >= 0 && i < node.length)) throw new Error(`the card's alternative sets ${path}, which the population does not have`);
      return node.map((x, j) => (j === i ? put(x, rest) : x));
    }
    const map = node !== null && typeof node === 'object' ? (node as { [k: string]: Plain }) : {};
    return { ...map, [seg]: put(map[seg], rest) };
  };
  return put(data, path.split('.'));
}

/**
 * For each of `draws` draws, the index of the option it takes, stratified: every option of
 * weight MODEL_WEIGHT_FLOOR or more (the heaviest always; with fewer than MIN_DRAWS_PER_MODEL
 * draws for each, the heaviest that fit) gets MIN_DRAWS_PER_MODEL draws, the others are shared
 * in proportion to the weights by largest remainders (ties to the earlier option); the draws'
 * order shuffled by the seed. `weights`: each option's weight, renormalised over those drawn
 * (0 for the others); `undrawn`: the weight of the options not drawn, of the weights' total.
 */
export function stratified(weights: readonly number[], draws: number, seed: number): { readonly order: number[]; readonly weights: number[]; readonly undrawn: number } {
  const byWeight = weights.map((w, k) => ({ w, k })).sort((a, b) => b.w - a.w || a.k - b.k);
  const room = Math.max(1, Math.floor(draws / MIN_DRAWS_PER_MODEL));
  const drawnOptions = byWeight.filter((o, i) => i === 0 || (o.w >= MODEL_WEIGHT_FLOOR && i < room)).map((o) => o.k);
  const total = drawnOptions.reduce((s, k) => s + weights[k]!, 0);
  const share = weights.map((w, k) => (drawnOptions.includes(k) ? (total > 0 ? w / total : 1 / drawnOptions.length) : 0));
  const counts = weights.map((_, k) => (drawnOptions.includes(k) ? Math.min(MIN_DRAWS_PER_MODEL, draws) : 0));
  const left = Math.max(0, draws - counts.reduce((a, b) => a + b, 0));
  const exact = share.map((w) => w * left);
  exact.forEach((x, k) => (counts[k] = counts[k]! + Math.floor(x)));
  const remainders = exact.map((x, k) => ({ r: x - Math.floor(x), k })).filter((o) => share[o.k]! > 0).sort((a, b) => b.r - a.r || a.k - b.k);
  for (let i = 0, short = draws - counts.reduce((a, b) => a + b, 0); i < short; i++) counts[remainders[i % remainders.length]!.k]!++;
  const picks = counts.flatMap((n, k) => Array.from({ length: n }, () => k));
  // Fisher–Yates on the seeded stream: which draw takes which option is not tied to its place.
  const stream = streamKey(seed, 0, MODEL_PURPOSE);
  for (let i = picks.length - 1; i > 0; i--) {
    const j = Math.floor(drawUniform(stream, i + 1) * (i + 1));
    [picks[i], picks[j]] = [picks[j]!, picks[i]!];
  }
  const all = weights.reduce((a, b) => a + b, 0);
  return { order: picks, weights: share, undrawn: all > 0 ? Math.max(0, 1 - total / all) : 0 };
}

/** The model draws' stream's purpose word (hash32), apart from every simulation stream. */
const MODEL_PURPOSE = 0x30de1;

/** One draw of the parameters, as `--set path=value` settings. */
function drawSettings(parameters: readonly CalibrationParameter[], data: Plain, next: () => number): string[] {
  const values = new Map<string, number>();
  const units = new Map(parameters.map((p) => [p.path, p.unit]));
  for (const p of parameters) {
    const sd = (p.high - p.low) / 3.92;
    values.set(p.path, clamp(p.unit, p.estimate + sd * next()));
  }
  renormaliseAnswers(values, data);
  // A duration is written with its unit (a bare number is not one), whole milliseconds.
  return [...values].map(([path, v]) => `${path}=${units.get(path) === 'ms' ? `${Math.round(v)}ms` : +v.toPrecision(12)}`);
}

function clamp(unit: CalibrationCard['parameters'][number]['unit'], v: number): number {
  switch (unit) {
    case 'probability':
    case 'fraction':
      return Math.min(1, Math.max(0, v));
    case 'weight':
      return Math.min(L.weight, Math.max(1e-9, v));
    case 'count':
      return Math.min(L.count, Math.max(0, Math.round(v)));
    case 'sigma':
      return Math.min(L.sigma, Math.max(0, v));
    case 'ms':
      return Math.min(L.horizonDays * MS_PER_DAY, Math.max(0, v));
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
