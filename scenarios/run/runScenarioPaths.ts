import { basename } from 'node:path';
import { ScenarioInputError } from '../ScenarioInputError.js';
import { loadScenarioFile } from '../loadScenarioFile.js';
import type { RunReport, ScenarioResult } from './ScenarioResult.js';
import { findScenarioFiles } from './findScenarioFiles.js';
import { type RunOptions, runScenario } from './runScenario.js';

/** A file that is not a valid scenario: status `error`, with its one-line message. */
function invalid(file: string, err: ScenarioInputError): ScenarioResult {
  return {
    file,
    name: basename(file).replace(/\.ya?ml$/, ''),
    status: 'error',
    failures: [{ step: err.step, message: err.message }],
    events: {},
    refusals: {},
    tags: [],
    log: [],
    violations: [],
  };
}

/**
 * Runs every scenario named by `paths` (files, and folders searched recursively, each in
 * sorted order). An invalid file becomes an `error` entry and never stops the others.
 */
export function runScenarioPaths(paths: readonly string[], options: RunOptions = {}): RunReport {
  const scenarios: ScenarioResult[] = [];
  for (const path of paths) {
    const found = findScenarioFiles(path);
    if ('missing' in found) {
      scenarios.push(invalid(path, new ScenarioInputError(path, 1, 1, 'no such file or folder (check the path)')));
      continue;
    }
    if (found.files.length === 0) {
      // An empty folder is most likely a wrong path: passing with nothing run would hide it.
      scenarios.push(invalid(path, new ScenarioInputError(path, 1, 1, 'no .yaml or .yml scenario file under this folder (check the path)')));
      continue;
    }
    for (const file of found.files) {
      try {
        scenarios.push(runScenario(loadScenarioFile(file), options));
      } catch (err) {
        if (!(err instanceof ScenarioInputError)) throw err;
        scenarios.push(invalid(file, err));
      }
    }
  }
  const count = (status: ScenarioResult['status']) => scenarios.filter((s) => s.status === status).length;
  return { passed: count('passed'), failed: count('failed'), errors: count('error'), scenarios };
}
