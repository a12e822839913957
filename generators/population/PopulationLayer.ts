import type { SourceMap } from '../../input/SourceMap.js';
import type { Plain } from '../../input/toPlain.js';

/** One file of a population: its data (without `extends`) and where each value stands in it. */
export interface PopulationLayer {
  readonly file: string;
  readonly data: Plain;
  readonly map: SourceMap;
}
