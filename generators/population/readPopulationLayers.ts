import { dirname, isAbsolute, join, resolve } from 'node:path';
import { parseYaml } from '../../input/parseYaml.js';
import { readInputFile } from '../../input/readInputFile.js';
import type { PopulationLayer } from './PopulationLayer.js';
import { PopulationInputError } from './PopulationInputError.js';

const HINT = 'write a population map with name, seed, horizon, sellers, buyers, …';

/**
 * The files of a population, the one it extends first: `extends: other.yaml` (relative to the
 * file) names the file this one overrides. A missing file, a non-text `extends` or a cycle is
 * refused at the `extends` that causes it. Throws a ScenarioInputError for the shared reader's
 * problems (size, YAML syntax), a PopulationInputError for the rest.
 */
export function readPopulationLayers(text: string, file: string, seen: readonly string[] = []): PopulationLayer[] {
  const { data, map } = parseYaml(text, file, HINT);
  const error = (what: string): PopulationInputError => {
    const e = map.error(['extends'], what);
    return new PopulationInputError(file, e.line, e.column, what);
  };
  if (data === null || typeof data !== 'object' || Array.isArray(data) || !('extends' in data)) return [{ file, data, map }];
  const { extends: parent, ...own } = data;
  if (typeof parent !== 'string' || parent === '') throw error('extends must be the path of a population file, relative to this one (such as extends: default.yaml)');
  const chain = [...seen, resolve(file)];
  const shown = isAbsolute(parent) ? parent : join(dirname(file), parent);
  const path = resolve(shown);
  if (chain.includes(path)) throw error(`extends ${parent} makes a cycle: ${[...chain, path].map((p) => p.split('/').pop()).join(' → ')} (a file cannot extend itself, even through others)`);
  const r = readInputFile(path);
  if (!r.ok) throw error(`extends ${parent}: ${r.problem}`);
  return [...readPopulationLayers(r.text, shown, chain), { file, data: own, map }];
}
