import type { Scenario } from './Scenario.js';
import { readSource } from '../input/readSource.js';
import { parseScenario } from './parseScenario.js';

/** Reads and parses one scenario file; the path is shown as given. Throws ScenarioInputError. */
export function loadScenarioFile(path: string): Scenario {
  return parseScenario(readSource(path), path);
}
