import { describe, expect, it } from 'vitest';
import { loadScenarioFile, runScenario } from '../../scenarios/index.js';
import { yamlFilesUnder } from './libraryFiles.js';

// One test per library scenario, so each shows up on its own in `vitest --ui` and the JUnit report.
const files = yamlFilesUnder('scenarios/library');

describe('scenario library', () => {
  it('holds the library', () => {
    expect(files.length).toBeGreaterThanOrEqual(60);
  });

  for (const file of files) {
    const scenario = loadScenarioFile(file);
    it(`${file} — ${scenario.name}`, () => {
      const result = runScenario(scenario);
      expect(result.failures.map((f) => `step ${f.step}: ${f.message}`)).toEqual([]);
      expect(result.status).toBe('passed');
    });
    it(`${file} ends by checking that no invariant was violated`, () => {
      expect(scenario.steps.at(-1)?.check?.invariants).toBe('clean');
    });
  }
});
