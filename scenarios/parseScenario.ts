import type { Scenario } from './Scenario.js';
import { compileScenario } from './compile/compileScenario.js';
import { parseYaml } from '../input/parseYaml.js';
import { refuseWrittenFractions } from '../input/refuseWrittenFractions.js';
import type { DataPath } from '../input/SourceMap.js';
import { allowedKeys } from './schema/allowedKeys.js';
import { defaultMessages, isMissing, issueToError } from './schema/issueToError.js';
import { ScenarioSchema } from './schema/scenarioSchema.js';

/**
 * Parses, validates and compiles one scenario file's text. `file` is the path shown in
 * messages (policy files are looked up relative to it). Throws ScenarioInputError, whose
 * message is the one line `file:line:column: what is wrong (how to fix it)`.
 */
export function parseScenario(text: string, file: string): Scenario {
  const { data, map } = parseYaml(text, file);
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    throw map.error([], `a scenario must be a map, got ${Array.isArray(data) ? 'a list' : 'a single value'} (write name:, start: and steps: at the top level)`);
  }
  const parsed = ScenarioSchema.safeParse(data, { error: defaultMessages });
  if (!parsed.success) {
    // Report the issue that comes first in the file; a missing key last, as an unknown key beside it is likely its misspelling.
    const errors = parsed.error.issues.map((issue) => ({
      missing: isMissing(issue, data) ? 1 : 0,
      error: issueToError(issue, data, map, (p: DataPath) => allowedKeys(data, p)),
    }));
    errors.sort((a, b) => a.missing - b.missing || a.error.line - b.error.line || a.error.column - b.error.column);
    throw errors[0]!.error;
  }
  refuseWrittenFractions(data, map, (probe) => ScenarioSchema.safeParse(probe).success);
  return compileScenario(parsed.data, map);
}
