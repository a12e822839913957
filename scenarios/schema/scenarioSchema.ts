import { crossReferences } from './crossReferences.js';
import { ScenarioShape } from './scenarioShape.js';

/** A scenario file (docs/scenarios.md, v1 and its extensions): the shape, then the cross-references. */
export const ScenarioSchema = ScenarioShape.superRefine(crossReferences);
