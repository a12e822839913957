import { ScenarioInputError } from './ScenarioInputError.js';
import { readInputFile } from './readInputFile.js';

/** Reads a scenario or policy file (readInputFile); what cannot be read is a ScenarioInputError at 1:1. */
export function readSource(path: string): string {
  const r = readInputFile(path);
  if (!r.ok) throw new ScenarioInputError(path, 1, 1, r.problem);
  return r.text;
}
