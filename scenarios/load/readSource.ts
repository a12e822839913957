import { readFileSync, statSync } from 'node:fs';
import { ScenarioInputError } from '../ScenarioInputError.js';
import { LIMITS, tooLarge } from './limits.js';

/** Reads a YAML file as UTF-8, refusing missing files and files over the size limit before reading them. */
export function readSource(path: string): string {
  let size: number;
  try {
    const st = statSync(path);
    if (!st.isFile()) throw new ScenarioInputError(path, 1, 1, 'not a file (give a .yaml file or a folder of them)');
    size = st.size;
  } catch (err) {
    if (err instanceof ScenarioInputError) throw err;
    throw new ScenarioInputError(path, 1, 1, 'no such file (check the path)');
  }
  if (size > LIMITS.maxBytes) throw new ScenarioInputError(path, 1, 1, tooLarge(size));
  return readFileSync(path, 'utf8');
}
