import { basename } from 'node:path';
import { ScenarioInputError } from '../../input/ScenarioInputError.js';
import { loadScenarioFile } from '../loadScenarioFile.js';
import type { RunReport, ScenarioResult } from './ScenarioResult.js';
import { findScenarioFiles } from './findScenarioFiles.js';
import { type ScenarioRunOptions, runScenario } from './runScenario.js';

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

/** A fault in claimsim while running one file, as that file's one-line error. */
function internalFault(file: string, err: unknown): ScenarioInputError {
  const message = err instanceof Error ? err.message : String(err);
  return new ScenarioInputError(file, 1, 1, `internal error while running this scenario: ${message} (a fault in claimsim, not in the file; report it with the file)`);
}

/**
 * Runs every scenario named by `paths` (files, and folders searched recursively, each in
 * sorted order). An invalid file becomes an `error` entry and never stops the others.
 */
export function runScenarioPaths(paths: readonly string[], options: ScenarioRunOptions = {}): RunReport {
  const scenarios: ScenarioResult[] = [];
  for (const path of paths) {
    const found = findScenarioFiles(path);
    if ('missing' in found) {
      scenarios.push(invalid(path, new ScenarioInputError(path, 1, 1, 'no such file or folder (check the path)')));
      continue;
    }
    for (const { path: at, why } of found.skipped) scenarios.push(invalid(at, new ScenarioInputError(at, 1, 1, `skipped: ${why}`)));
    if (found.files.length === 0 && found.skipped.length === 0) {
      // An empty folder is most likely a wrong path: passing with nothing run would hide it.
      scenarios.push(invalid(path, new ScenarioInputError(path, 1, 1, 'no .yaml or .yml scenario file under this folder (check the path)')));
      continue;
    }
    for (const file of found.files) {
      try {
        scenarios.push(runScenario(loadScenarioFile(file), options));
      } catch (err) {
        // A fault on one file is reported on that file: the files beside it still run and are reported.
        scenarios.push(invalid(file, err instanceof ScenarioInputError ? err : internalFault(file, err)));
      }
    }
  }
  const count = (status: ScenarioResult['status']) => scenarios.filter((s) => s.status === status).length;
  return { passed: count('passed'), failed: count('failed'), errors: count('error'), scenarios };
}
