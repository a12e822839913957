import { loadPolicyOption } from '../../io/loadPolicyOption.js';
import { CompiledPopulation, loadPopulationFile } from '../../../generators/index.js';
import type { ClaimTimeline } from '../../../reports/model/ClaimTimeline.js';
import { htmlExplainPage } from '../../../reports/render/html/htmlExplainPage.js';
import { scenarioClaims, scenarioTimeline } from '../../../reports/explain/scenarioTimeline.js';
import { simulatedTimeline } from '../../../reports/explain/simulatedTimeline.js';
import { timelineText } from '../../../reports/explain/timelineText.js';
import { loadScenarioFile } from '../../../scenarios/index.js';
import { EXIT, InputError } from '../../exit.js';
import { refuseOutputOverInput } from '../../io/refuseOutputOverInput.js';
import { writeOutputFile } from '../../io/writeOutputFile.js';
import { replicationSeeds } from '../../populationTasks/replicationSeeds.js';
import { rerunClaim } from '../shared/rerunClaim.js';

export interface ExplainFlags {
  readonly claim: string;
  readonly population?: string;
  readonly policy?: string;
  readonly seed?: number;
  readonly claims?: number;
  /** With --population: replication K of a run of several, seeded as `all`, `compare` and `sweep` seed it (--seed + K − 1). */
  readonly replication?: number;
  readonly html?: string;
}

/** The largest seed (seeds are 32-bit). */
const MAX_SEED = 4_294_967_295;

/** `claimsim explain` (registered in cli/commands/explain.ts): the claim's timeline on stdout, and as a page with --html. */
export async function explain(scenario: string | undefined, flags: ExplainFlags): Promise<number> {
  if (flags.html !== undefined) {
    const inputs = [
      ...(scenario === undefined ? [] : [{ what: 'the scenario file', path: scenario }]),
      ...(flags.population === undefined ? [] : [{ what: '--population', path: flags.population }]),
      ...(flags.policy === undefined ? [] : [{ what: '--policy', path: flags.policy }]),
    ];
    refuseOutputOverInput({ what: '--html', path: flags.html }, inputs);
  }
  const { timeline, title } = flags.population !== undefined ? simulated(scenario, flags.population, flags) : scripted(scenario, flags);
  process.stdout.write(timelineText(timeline, title));
  if (flags.html !== undefined) writeOutputFile(flags.html, htmlExplainPage(timeline, title));
  return EXIT.ok;
}

function scripted(file: string | undefined, flags: ExplainFlags): { timeline: ClaimTimeline; title: string } {
  if (file === undefined) throw new InputError('claimsim explain: give a scenario file, or --population FILE for a claim of a simulation');
  for (const [option, value] of [['--policy', flags.policy], ['--seed', flags.seed], ['--claims', flags.claims], ['--replication', flags.replication]] as const) {
    if (value !== undefined) throw new InputError(`claimsim explain: ${option} goes with --population (a scenario brings its own policy and no seed)`);
  }
  const s = loadScenarioFile(file);
  const ids = scenarioClaims(s);
  if (!ids.includes(flags.claim)) {
    throw new InputError(`${file}:1:1: no claim ${flags.claim} in this scenario (give --claim one of ${ids.join(', ') || '(none: it opens no claim)'})`);
  }
  return { timeline: scenarioTimeline(s, flags.claim), title: `${s.name} (${file})` };
}

function simulated(file: string | undefined, populationFile: string, flags: ExplainFlags): { timeline: ClaimTimeline; title: string } {
  if (file !== undefined) throw new InputError(`claimsim explain: give either a scenario file (${file}) or --population, not both`);
  const population = loadPopulationFile(populationFile);
  const policy = loadPolicyOption('--policy', flags.policy);
  const base = flags.seed ?? population.seed;
  const replication = flags.replication ?? 1;
  const seed = replicationSeeds(base, replication)[replication - 1]!;
  if (seed > MAX_SEED) {
    throw new InputError(`--replication ${replication}: its seed, ${base} + ${replication} − 1, is past ${MAX_SEED} (give a smaller --seed or --replication)`);
  }
  const claims = new CompiledPopulation(population, policy, seed, flags.claims).claims;
  const m = /^C?(\d+)$/.exec(flags.claim.trim());
  const index = m ? Number(m[1]) : NaN;
  if (!Number.isSafeInteger(index) || index >= claims) {
    throw new InputError(`--claim ${flags.claim}: no such claim in this run (give an index from 0 to ${claims - 1}, or its id such as C${Math.min(17, claims - 1)})`);
  }
  if (flags.replication === undefined) {
    // A run of several replications lists C17 once per replication: say which one this is, and how to pick another.
    process.stderr.write(
      `explain: replication 1 (seed ${base}); in a run of several replications (claimsim all makes 3), replication K has seed ${base} + K − 1: give --replication K for another\n`,
    );
  }
  const timeline = simulatedTimeline(rerunClaim(population)(policy, seed, claims, index), policy);
  return { timeline, title: `${population.name}, replication ${replication} (seed ${seed}), claim ${index} of ${claims}, re-run alone` };
}
