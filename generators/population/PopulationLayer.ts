import type { SourceMap } from '../../scenarios/load/SourceMap.js';
import type { Plain } from '../../scenarios/load/toPlain.js';

/** One file of a population: its data (without `extends`) and where each value stands in it. */
export interface PopulationLayer {
  readonly file: string;
  readonly data: Plain;
  readonly map: SourceMap;
}
