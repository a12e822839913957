import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_POLICY, FAULT_NAMES, faultPolicy, withFault } from '../../../engine/index.js';
import { loadPopulationFile, runPopulation, writeRegressionScenarios } from '../../../generators/index.js';
import { parseScenario, runScenario } from '../../../scenarios/index.js';

const small = loadPopulationFile('generators/populations/small.yaml');
const CLAIMS = 400;
const out = mkdtempSync(join(tmpdir(), 'claimsim-regressions-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('violations become regression scenarios', () => {
  it('the real rules break no invariant on the population', () => {
    expect(runPopulation(small, { policy: DEFAULT_POLICY, claims: CLAIMS }).summary.invariantViolations.total).toBe(0);
  });

  for (const fault of FAULT_NAMES) {
    it(`${fault}: the checker catches it; each scenario written fails on the mutant and passes on the engine`, () => {
      const decide = withFault(fault);
      const policy = faultPolicy(fault);
      const { summary } = runPopulation(small, { policy, claims: CLAIMS, decide });
      expect(summary.invariantViolations.total).toBeGreaterThan(0);
      const dir = join(out, fault);
      const written = writeRegressionScenarios(summary, { population: small, policy, seed: small.seed, claims: CLAIMS, decide, command: `test ${fault}`, tags: [fault] }, dir);
      expect(written.files.length).toBeGreaterThan(0);
      for (const file of written.files) {
        expect(file.path).toMatch(/^regressions\/C\d+-I\d+\.yaml$/);
        const scenario = parseScenario(readFileSync(join(dir, file.path), 'utf8'), file.path);
        // Minimised: the order, the claim and a few commands, not the claim's whole history.
        expect(file.commands).toBeLessThanOrEqual(8);
        const onMutant = runScenario(scenario, { decide });
        const onEngine = runScenario(scenario);
        expect(onMutant.status, `${file.path} on ${fault}`).toBe('failed');
        expect(onEngine.status, `${file.path} on the engine: ${onEngine.failures.map((f) => f.message).join('; ')}`).toBe('passed');
      }
      // The summary names the scenario written for each example it reproduced.
      expect(written.summary.invariantViolations.examples.some((v) => v.scenario !== undefined)).toBe(true);
    });
  }
});
