import type { DataPath } from '../../input/SourceMap.js';
import type { Population } from './Population.js';
import { PopulationInputError } from './PopulationInputError.js';

/** The input error at the value of `path` of a population, where its file (or a `--set`) wrote it. */
export type PopulationErrorAt = (path: DataPath, what: string) => PopulationInputError;

const places = new WeakMap<Population, PopulationErrorAt>();

/** Remembers where the values of a loaded population were written (the loader calls it). */
export function rememberPlaces(population: Population, errorAt: PopulationErrorAt): void {
  places.set(population, errorAt);
}

/**
 * An input error at the value of `path` of `population`, found once a run starts (it depends
 * on the seed): at the file, line and column that wrote it; at the population's file, 1:1, for
 * a population not loaded in this thread (a worker's copy).
 */
export function populationErrorAt(population: Population, path: DataPath, what: string): PopulationInputError {
  return places.get(population)?.(path, what) ?? new PopulationInputError(population.file, 1, 1, what);
}
