// The scenario loader's reader and parser: one set of limits (size, aliases, keys) for every input file.
import { readInputFile } from '../input/readInputFile.js';
import type { DataPath } from '../input/SourceMap.js';
import type { Plain } from '../input/toPlain.js';
import { ScenarioInputError } from '../input/ScenarioInputError.js';
import { pathText } from '../input/pathText.js';
import { type PopulationSetting, PopulationSettingError, applyPopulationSetting, parsePopulationSetting } from './population/applyPopulationSetting.js';
import { issueMessage } from './population/issueMessage.js';
import { knownKeysAt } from './population/knownKeysAt.js';
import { layerPath } from './population/layerPath.js';
import { mergeLayers } from './population/mergeLayers.js';
import type { Population } from './population/Population.js';
import type { PopulationLayer } from './population/PopulationLayer.js';
import { PopulationInputError } from './population/PopulationInputError.js';
import { populationSchema } from './population/populationSchema.js';
import { rememberPlaces } from './population/populationPlaces.js';
import { readPopulationLayers } from './population/readPopulationLayers.js';

export { PopulationInputError, PopulationSettingError };

const known = (p: readonly PropertyKey[]): string[] => knownKeysAt(populationSchema, p);

/**
 * Reads a population from YAML text (YAML 1.2 core schema, the scenario loader's limits:
 * size, alias budget, no `__proto__` keys, numbers exact), with the files it `extends` under it
 * and the `--set path=value` settings over it, validated strictly. Throws a
 * PopulationInputError whose message is one line `file:line:column: what (how to fix)`, at the
 * file that wrote the value; a PopulationSettingError `--set path=value: what (how to fix)` for
 * a setting.
 */
export function parsePopulation(text: string, file: string, settings: readonly string[] = []): Population {
  return readPopulation(text, file, settings).population;
}

/** A population file's data as written, its `extends` and the settings applied (for showing what differs between two). */
export function loadPopulationData(path: string, settings: readonly string[] = []): Plain {
  const r = readInputFile(path);
  if (!r.ok) throw new PopulationInputError(path, 1, 1, r.problem);
  return readPopulation(r.text, path, settings).data;
}

function readPopulation(text: string, file: string, settings: readonly string[]): { population: Population; data: Plain } {
  let layers: PopulationLayer[];
  try {
    layers = readPopulationLayers(text, file);
  } catch (err) {
    throw asPopulationError(err);
  }
  const top = layers.at(-1)!;
  if (top.data === null || typeof top.data !== 'object' || Array.isArray(top.data)) throw layerError(top, [], false, 'a population file is a YAML map (name:, seed:, horizon:, …)');
  let data = mergeLayers(layers);
  const set: { setting: PopulationSetting; path: DataPath }[] = [];
  for (const text of settings) {
    const setting = parsePopulationSetting(text);
    const applied = applyPopulationSetting(data, setting, known);
    data = applied.data;
    set.push({ setting, path: applied.path });
  }
  const result = populationSchema.safeParse(data, { reportInput: true });
  if (!result.success) {
    const messages = result.error.issues.map((issue) => issueMessage(issue, known));
    // A misspelt key also shows as a missing one: report the misspelling.
    const unknown = messages.filter((m) => m.what.startsWith('unknown key'));
    const [first] = (unknown.length ? unknown : messages).map((m) => ({ ...m, at: whereIs(m.path, data, layers) })).sort((a, b) => a.at.rank - b.at.rank);
    const bySetting = set.findLast((s) => startsWith(first!.path, s.path) || startsWith(s.path, first!.path));
    if (bySetting) throw new PopulationSettingError(`--set ${bySetting.setting.text}: ${first!.what}`);
    throw layerError(first!.at.layer, first!.at.path, first!.atKey, first!.what);
  }
  for (const layer of layers) refuseLayerFractions(layer, data);
  const population: Population = { file, ...result.data };
  // For what only a run finds (claimsPerSeller drawing no claim under its seed): at the value's file and line.
  rememberPlaces(population, (path, what) => {
    const bySetting = set.findLast((s) => startsWith(path, s.path) || startsWith(s.path, path));
    if (bySetting) return new PopulationSettingError(`--set ${bySetting.setting.text}: ${what}`);
    const at = whereIs(path, data, layers);
    return layerError(at.layer, at.path, false, what);
  });
  return { population, data };
}

/** Reads and validates a population file (see parsePopulation); only a regular file within the size limit is read. */
export function loadPopulationFile(path: string, settings: readonly string[] = []): Population {
  const r = readInputFile(path);
  if (!r.ok) throw new PopulationInputError(path, 1, 1, r.problem);
  return parsePopulation(r.text, path, settings);
}

/**
 * The file that wrote the value at `path` of the merged data (the last layer that has it
 * whole; else the last with the longest part of it), and an order: files in extends order,
 * then source position.
 */
function whereIs(path: DataPath, data: Plain, layers: readonly PopulationLayer[]): { layer: PopulationLayer; path: DataPath; rank: number } {
  let best = { layer: layers.at(-1)!, path: [] as DataPath, k: layers.length - 1 };
  for (let k = layers.length - 1; k >= 0; k--) {
    const found = layerPath(path, data, layers[k]!.data);
    if (found.whole) {
      best = { layer: layers[k]!, path: found.path, k };
      break;
    }
    if (found.path.length > best.path.length) best = { layer: layers[k]!, path: found.path, k };
  }
  return { layer: best.layer, path: best.path, rank: best.k * 2 ** 32 + best.layer.map.offsetOf(best.path) };
}

function layerError(layer: PopulationLayer, path: DataPath, atKey: boolean, what: string): PopulationInputError {
  const e = layer.map.errorAt(layer.map.offsetOf(path, atKey), what);
  return new PopulationInputError(layer.file, e.line, e.column, what);
}

/** A whole number written `7.0` in a file, where the schema asks for a whole number: refused at it. */
function refuseLayerFractions(layer: PopulationLayer, data: Plain): void {
  for (const { path, source } of layer.map.fractions) {
    const at = layerPath(path, layer.data, data);
    if (!at.whole) continue;
    if (!populationSchema.safeParse(replaced(data, at.path, 0.5 + Number(source))).success) {
      throw layerError(layer, path, false, `${pathText(path)} must be a whole number written without a decimal point or exponent, got ${source} (write ${Number(source)})`);
    }
  }
}

/** `data` with the value at `path` replaced (the rest shared). */
function replaced(data: Plain, path: DataPath, value: Plain): Plain {
  if (path.length === 0) return value;
  const [head, ...rest] = path;
  if (Array.isArray(data)) return data.map((x, i) => (i === head ? replaced(x, rest, value) : x));
  if (data === null || typeof data !== 'object') return data;
  return { ...data, [String(head)]: replaced(data[String(head)]!, rest, value) };
}

const startsWith = (path: DataPath, prefix: DataPath): boolean => prefix.length <= path.length && prefix.every((p, i) => p === path[i]);

/** The shared loader's error as the population's own (same file, line, column and words). */
function asPopulationError(err: unknown): unknown {
  if (!(err instanceof ScenarioInputError)) return err;
  return new PopulationInputError(err.file, err.line, err.column, err.what);
}
