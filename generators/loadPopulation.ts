// The scenario loader's reader and YAML parser: one set of limits (size, aliases, keys) for every input file.
import { parseYaml } from '../scenarios/load/parseYaml.js';
import { readInputFile } from '../scenarios/load/readInputFile.js';
import { refuseWrittenFractions } from '../scenarios/load/refuseWrittenFractions.js';
import { ScenarioInputError } from '../scenarios/ScenarioInputError.js';
import { issueMessage } from './population/issueMessage.js';
import { knownKeysAt } from './population/knownKeysAt.js';
import type { Population } from './population/Population.js';
import { PopulationInputError } from './population/PopulationInputError.js';
import { populationSchema } from './population/populationSchema.js';

export { PopulationInputError };

/**
 * Reads a population from YAML text (YAML 1.2 core schema, the scenario loader's limits:
 * size, alias budget, no `__proto__` keys, numbers exact), validated strictly; throws a
 * PopulationInputError whose message is one line `file:line:column: what (how to fix)`.
 */
export function parsePopulation(text: string, file: string): Population {
  let parsed;
  try {
    parsed = parseYaml(text, file, 'write a population map with name, seed, horizon, sellers, buyers, …');
  } catch (err) {
    throw asPopulationError(err);
  }
  const { data, map } = parsed;
  const at = (offset: number, what: string): PopulationInputError => {
    const e = map.errorAt(offset, what);
    return new PopulationInputError(file, e.line, e.column, what);
  };
  if (data === null || typeof data !== 'object' || Array.isArray(data)) throw at(0, 'a population file is a YAML map (name:, seed:, horizon:, …)');
  const result = populationSchema.safeParse(data, { reportInput: true });
  if (!result.success) {
    const messages = result.error.issues.map((issue) => issueMessage(issue, (p) => knownKeysAt(populationSchema, p)));
    // A misspelt key also shows as a missing one: report the misspelling.
    const unknown = messages.filter((m) => m.what.startsWith('unknown key'));
    const [first] = (unknown.length ? unknown : messages)
      .map((m) => ({ ...m, offset: map.offsetOf(m.path, m.atKey) }))
      .sort((a, b) => a.offset - b.offset);
    throw at(first!.offset, first!.what);
  }
  try {
    refuseWrittenFractions(data, map, (probe) => populationSchema.safeParse(probe).success);
  } catch (err) {
    throw asPopulationError(err);
  }
  return { file, ...result.data };
}

/** Reads and validates a population file (see parsePopulation); only a regular file within the size limit is read. */
export function loadPopulationFile(path: string): Population {
  const r = readInputFile(path);
  if (!r.ok) throw new PopulationInputError(path, 1, 1, r.problem);
  return parsePopulation(r.text, path);
}

/** The shared loader's error as the population's own (same file, line, column and words). */
function asPopulationError(err: unknown): unknown {
  if (!(err instanceof ScenarioInputError)) return err;
  return new PopulationInputError(err.file, err.line, err.column, err.what);
}
