import { join } from 'node:path';
import { type FaultName, type Policy, withFault } from '../../engine/index.js';
import { CompiledPopulation, type Population, type Summary, writeRegressionScenarios } from '../../generators/index.js';
import { shellWord } from '../shellWord.js';

/**
 * For a replication that violated an invariant: writes a regression scenario per example
 * under `<out>/seed-<seed>/regressions/` and returns the summary whose examples link to
 * them (paths relative to `out`, where the report is). A clean summary comes back as it is.
 */
export function withRegressionScenarios(
  summary: Summary,
  run: {
    readonly population: Population;
    readonly populationFile: string;
    /** The population's `--set path=value` overrides, in order: the reproduce command carries them. */
    readonly settings?: readonly string[];
    readonly policy: Policy;
    readonly claims?: number;
    readonly fault?: FaultName;
  },
  out: string,
): Summary {
  if (summary.invariantViolations.total === 0 || summary.partial) return summary;
  const seed = summary.seed;
  const folder = `seed-${seed}`;
  const command = [
    'claimsim simulate --population',
    shellWord(run.populationFile),
    ...(run.settings ?? []).map((s) => `--set ${shellWord(s)}`),
    `--seed ${seed}`,
    ...(run.claims !== undefined ? [`--claims ${run.claims}`] : []),
    ...(run.fault ? [`--inject-fault ${run.fault}`] : []),
  ].join(' ');
  const written = writeRegressionScenarios(
    summary,
    {
      population: run.population,
      policy: run.policy,
      seed,
      claims: new CompiledPopulation(run.population, run.policy, seed, run.claims).claims,
      command,
      ...(run.fault ? { decide: withFault(run.fault), tags: [run.fault] } : {}),
    },
    join(out, folder),
  );
  const examples = written.summary.invariantViolations.examples.map((v) => (v.scenario ? { ...v, scenario: `${folder}/${v.scenario}` } : v));
  return { ...written.summary, invariantViolations: { ...written.summary.invariantViolations, examples } };
}
