import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ScenarioInputError, loadScenarioFile, runScenarioPaths } from '../../scenarios/index.js';
import { yamlFilesUnder } from './libraryFiles.js';

// Each invalid file states on its first line the exact message it must produce.
const files = yamlFilesUnder('scenarios/invalid');
const PREFIX = '# expect-error: ';

function expected(file: string): string {
  const first = readFileSync(file, 'utf8').split('\n', 1)[0]!;
  if (!first.startsWith(PREFIX)) throw new Error(`${file} must start with "${PREFIX}<message>"`);
  return first.slice(PREFIX.length);
}

describe('invalid scenario corpus', () => {
  for (const file of files) {
    it(`${file} is rejected with its message`, () => {
      let caught: unknown;
      try {
        loadScenarioFile(file);
      } catch (err) {
        caught = err;
      }
      expect(caught).toBeInstanceOf(ScenarioInputError);
      const message = (caught as ScenarioInputError).message;
      expect(message).toBe(expected(file));
      expect(message).toMatch(/^[^:\n]+:\d+:\d+: \S/);
      expect(message).not.toContain('\n');
    });
  }

  it('reports every invalid file as an error without stopping at the first', () => {
    const report = runScenarioPaths(['scenarios/invalid']);
    expect(report.errors).toBe(files.length);
    expect(report.scenarios.map((s) => s.file)).toEqual(files);
    expect(report.scenarios.map((s) => s.failures[0]?.message)).toEqual(files.map(expected));
  });
});
