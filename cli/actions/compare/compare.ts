import { writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { readInputFile } from '../../../input/readInputFile.js';
import { dirname, resolve } from 'node:path';
import { type Policy, makePolicy } from '../../../engine/index.js';
import { CompiledPopulation, type Population, type PopulationChange, PopulationSettingError, loadPopulationData, loadPopulationFile, populationDifferences } from '../../../generators/index.js';
import { claimSellers } from '../../../generators/summary/claimSellers.js';
import {
  type FixturePolicy,
  type ImpactFixture,
  ImpactFixtureError,
  type ReplicationPair,
  buildCompareReport,
  bytesToBase64,
  checkImpacts,
  parseImpactFixture,
  stableStringify,
  updateImpactFixture,
} from '../../../reports/index.js';
import type { TransitionExample } from '../../../reports/model/TransitionExample.js';
import type { CompareView } from '../../../reports/model/buildCompareReport.js';
import type { ParameterDraws } from '../../../reports/model/CompareReport.js';
import { drawArms, drawPopulations, drawnComparison } from './compareDraws.js';
import { transitionExamples } from '../../../reports/explain/transitionExamples.js';
import { EXIT, InputError } from '../../exit.js';
import { loadPolicyOption } from '../../io/loadPolicyOption.js';
import type { PopulationTask } from '../../populationTasks/PopulationTask.js';
import { armSeeds } from '../../populationTasks/replicationSeeds.js';
import { FINAL_OUTCOMES, type FinalOutcome } from '../../../engine/finalOutcomes.js';
import { claimOutputFolder } from '../../io/claimOutputFolder.js';
import { writeOutputFolder } from '../../io/writeOutputFolder.js';
import { writeOutputs } from '../../io/writeOutputs.js';
import { taskWorkers } from '../shared/chooseWorkers.js';
import type { ComparePart } from './ComparePart.js';
import { mergeCompareParts } from './mergeCompareParts.js';
import { need } from '../shared/need.js';
import { rerunClaim } from '../shared/rerunClaim.js';
import { readPartFiles } from '../shared/readPartFiles.js';
import { comparePartSchema } from './comparePartSchema.js';
import { type ShardFlags, shardOption } from '../shared/shardOption.js';
import { takeShard } from '../../../input/Shard.js';
import { runWatchedTasks } from '../shared/runWatchedTasks.js';
import { type Completion, endInterrupted, hearPendingSignals, renderReportFiles } from '../../io/interruption.js';
import { diagnostics } from '../../io/diagnostics.js';
import { populationHash } from '../../io/RunIdentity.js';

export interface CompareOptions extends ShardFlags {
  baseline?: string;
  variant?: string;
  /** The variant arm's population file (default: the baseline's). */
  variantPopulation?: string;
  /** `--variant-set path=value`: overrides of the variant arm's population only. */
  variantSet?: string[];
  population?: string;
  /** `--set path=value` overrides of the population, in order. */
  set?: string[];
  replications?: number;
  seed?: number;
  claims?: number;
  workers: string;
  merge?: string[];
  out: string;
  expect?: string;
  update?: boolean;
  /** `--primary OUTCOME`: the outcome that decides the verdict (default withdrawnByAcceptance). */
  primary?: string;
  /** `--aa`: both arms the baseline's population and policy, each on its own random stream. */
  aa?: boolean;
  /** `--parameter-draws N`: re-run the comparison over N draws of the population card's fitted parameters. */
  parameterDraws?: number;
}

/** --primary checked: one of FINAL_OUTCOMES. */
function primaryOption(o: CompareOptions): FinalOutcome | undefined {
  if (o.primary === undefined) return undefined;
  if (!(FINAL_OUTCOMES as readonly string[]).includes(o.primary)) {
    throw new InputError(`--primary ${o.primary}: not an outcome; give one of ${FINAL_OUTCOMES.join(', ')}`);
  }
  return o.primary as FinalOutcome;
}

/** `claimsim compare` (registered in cli/commands/compare.ts): its exit status. */
export async function compare(o: CompareOptions): Promise<number> {
  if (o.update && !o.expect) throw new InputError('--update rewrites an impact fixture: give it with --expect FILE');
  const shard = shardOption(o);
  if (shard && o.expect) throw new InputError('--expect checks the whole comparison: give it when merging the parts (claimsim compare --merge PARTS --expect FILE)');
  primaryOption(o);
  if (o.aa && (o.variant !== undefined || o.variantPopulation !== undefined || (o.variantSet ?? []).length > 0)) {
    throw new InputError('--aa compares the population with itself on independent random streams: leave out --variant, --variant-population and --variant-set');
  }
  if (o.aa && (shard || o.merge)) throw new InputError('--aa runs the whole comparison in one process: leave out --shard and --merge');
  if (o.parameterDraws !== undefined && (shard || o.merge || o.aa || o.expect)) {
    throw new InputError('--parameter-draws runs the whole comparison and its draws in one process: leave out --shard, --merge, --aa and --expect');
  }
  const seedSetting = (o.variantSet ?? []).find((v) => /^\s*seed\s*=/.test(v));
  if (seedSetting !== undefined) {
    throw new InputError(
      `--variant-set ${seedSetting}: the seed is not something an arm can differ in (both arms run the replications' seeds of --seed, so this would change nothing); for an A/A check on independent random streams use --aa`,
    );
  }
  const fixture = o.expect ? readFixture(o.expect) : null;
  if (o.merge) {
    const whole = mergeCompareParts(readPartFiles(o.merge, 'compare-part', comparePartSchema));
    if ('error' in whole) throw new InputError(`claimsim compare --merge: ${whole.error}`);
    return report(o, whole.pairs, fixture, whole.populationChanges, undefined, undefined, {
      primary: primaryOption(o),
      pairing: whole.populationChanges.some((c) => c.order) ? 'unpaired' : 'paired',
    });
  }
  // A fixture's inline policy was validated when the fixture was read.
  const fromFixture = (p: FixturePolicy | undefined, option: string): Policy | undefined =>
    p === undefined ? undefined : 'file' in p ? loadPolicyOption(option, resolve(dirname(fixture!.file), p.file)) : makePolicy(p.overrides);
  const baseline = o.baseline !== undefined ? loadPolicyOption('--baseline', o.baseline) : fromFixture(fixture?.baseline, 'baseline') ?? loadPolicyOption('--baseline', undefined);
  const populationVaries = o.variantPopulation !== undefined || (o.variantSet ?? []).length > 0;
  const variant = o.variant !== undefined ? loadPolicyOption('--variant', o.variant) : (fromFixture(fixture?.variant, 'variant') ?? (populationVaries || o.aa ? baseline : undefined));
  if (!variant) throw new InputError('compare needs a variant: --variant FILE or key=value, --variant-population FILE or --variant-set path=value, or --aa for an A/A check (or `variant:` in the --expect fixture)');
  const populationFile = o.population ?? (fixture?.population ? resolve(dirname(fixture.file), fixture.population) : undefined);
  if (!populationFile) throw new InputError('compare needs a population: --population FILE (or `population:` in the --expect fixture)');
  const population = loadPopulationFile(populationFile, o.set);
  // The variant arm: its own file with its own settings, or the baseline's file with --set and then --variant-set.
  const variantFile = o.variantPopulation ?? populationFile;
  const variantSettings = [...(o.variantPopulation === undefined ? (o.set ?? []) : []), ...(o.variantSet ?? [])];
  const variantPopulation = populationVaries ? loadVariantPopulation(variantFile, variantSettings, o.variantSet ?? []) : population;
  const populationChanges = populationVaries ? populationDifferences(loadPopulationData(populationFile, o.set), loadPopulationData(variantFile, variantSettings)) : [];
  const arms = armSeeds(o.seed ?? fixture?.seed ?? population.seed, o.replications ?? fixture?.replications ?? 5, o.aa === true);
  const seeds = arms.baseline;
  // Profiles in another order: the same random numbers give claims other profiles, so claims do not pair.
  const unpaired = o.aa === true || populationChanges.some((c) => c.order);
  const claims = o.claims ?? fixture?.claims;
  if (populationVaries) {
    const count = (p: typeof population, policy: Policy): number => new CompiledPopulation(p, policy, seeds[0]!, claims).claims;
    const [b, v] = [count(population, baseline), count(variantPopulation, variant)];
    if (b !== v) throw new InputError(`the two arms have ${b} and ${v} claims, and claims are paired by index: give both the same number (--claims N)`);
  }
  const drawSeed = o.seed ?? population.seed;
  const draws =
    o.parameterDraws === undefined
      ? []
      : drawPopulations(
          { count: o.parameterDraws, seed: drawSeed, populationFile, settings: o.set ?? [], variantFile, variantSettings, populationVaries },
          population,
        );
  const mine = takeShard(
    seeds.map((seed, index) => ({ index, seed, variantSeed: arms.variant[index]! })),
    shard,
  );
  const tasks: PopulationTask[] = mine.flatMap(({ seed, variantSeed }) =>
    ([[population, baseline, seed], [variantPopulation, variant, variantSeed]] as const).map(([p, policy, s]) => ({ population: p, policy, seed: s, ...(claims !== undefined ? { claims } : {}) })),
  );
  // Draw d (from 1) runs its K replications on seeds after the comparison's own: base + d·K + r.
  const drawTasks: PopulationTask[] = draws.flatMap((d, k) =>
    seeds.flatMap((_, r) => drawArms(d, baseline, variant).map(([p, policy]) => ({ population: p, policy, seed: seeds[0]! + (k + 1) * seeds.length + r, ...(claims !== undefined ? { claims } : {}) }))),
  );
  if (draws.length > 0) {
    process.stderr.write(
      `compare: parameter draws: ${draws.length} draw${draws.length === 1 ? '' : 's'} of the ${population.calibration!.parameters.length} fitted parameters of ${populationFile} (seed ${drawSeed}; normal, sd = (high − low) / 3.92, clamped), ${seeds.length} replications each\n`,
    );
  }
  const what = o.aa ? `an A/A check of ${population.name} (baseline seeds ${seeds[0]}…, variant seeds ${arms.variant[0]}…: independent streams)` : populationVaries ? `arms, ${population.name} against ${variantPopulation.name}` : `policies of ${population.name}`;
  process.stderr.write(
    `compare: ${seeds.length} replication${seeds.length === 1 ? '' : 's'} × 2 ${what}${shard ? `, shard ${shard.index}/${shard.count}: ${mine.length} replication${mine.length === 1 ? '' : 's'}` : ''}\n`,
  );
  const view = { primary: primaryOption(o), aa: o.aa === true, pairing: unpaired ? ('unpaired' as const) : ('paired' as const) };
  const workers = need(taskWorkers(o.workers, tasks, availableParallelism()));
  const armsDone = new Uint8Array(mine.length);
  const onTask = (index: number): void => {
    if (++armsDone[index >> 1]! === 2) diagnostics().info({ replication: mine[index >> 1]!.index + 1 }, 'compare: replication complete');
  };
  // Claimed before the run: a second run into the same folder is refused at once, not after its work.
  // A signal sent while the files loaded ends the binary here, before the folder is claimed.
  await hearPendingSignals();
  // Not by a shard: the shards of one run may share a folder, each writing its own part.
  const release = shard ? () => undefined : claimOutputFolder(o.out);
  try {
    const { results, interrupted: status } = await runWatchedTasks([...tasks, ...drawTasks], { command: 'compare', progress: 'compare', workers, onTask: (i) => i < tasks.length && onTask(i) });
    // A replication is complete when both its arms are: the report holds those only.
    const complete = mine.flatMap((_, r) => (results[2 * r] && results[2 * r + 1] ? [r] : []));
    const pairs: ReplicationPair[] = complete.map((r) => {
      const b = results[2 * r]!, v = results[2 * r + 1]!;
      const sellers = claimSellers(population, baseline, mine[r]!.seed, claims);
      // Unpaired arms: each arm's claims with their own sellers (another seed, or other profiles, may draw others).
      const variantSellers = unpaired ? { variantSellers: claimSellers(variantPopulation, variant, mine[r]!.variantSeed, claims) } : {};
      return { baseline: b.summary, variant: v.summary, baselineOutcomes: b.finalOutcomes, variantOutcomes: v.finalOutcomes, sellers, ...variantSellers };
    });
    // The HTML page links each transition-table cell to example claims, each arm re-run alone from its own population.
    const examples = () =>
      transitionExamples(
        pairs.map((p) => ({ seed: p.baseline.seed, baseline: p.baselineOutcomes, variant: p.variantOutcomes })),
        { rerun: rerunClaim(population), rerunVariant: rerunClaim(variantPopulation), baseline, variant },
      );
    if (status !== null) {
      const completion: Completion = { unit: 'replications', total: mine.length, complete: complete.map((r) => mine[r]!.index + 1) };
      return await endInterrupted({ status, completion, sharded: shard !== undefined, out: o.out }, () => report(o, pairs, null, populationChanges, examples, completion, view));
    }
    const drawn =
      draws.length === 0
        ? undefined
        : (drawnComparison(
            draws.map((d, k) => {
              const at = (r: number, arm: number) => results[tasks.length + (k * seeds.length + r) * 2 + arm];
              if (!seeds.every((_, r) => at(r, 0) && at(r, 1))) return null;
              return seeds.map((_, r) => {
                const b = at(r, 0)!, v = at(r, 1)!;
                const sellers = claimSellers(d.baseline, baseline, b.summary.seed, claims);
                return { baseline: b.summary, variant: v.summary, baselineOutcomes: b.finalOutcomes, variantOutcomes: v.finalOutcomes, sellers };
              });
            }),
            { seed: drawSeed, parameters: population.calibration!.parameters.map((p) => p.path), replications: seeds.length, pairing: view.pairing, models: draws.map((d) => d.model), weights: draws.map((d) => d.weight) },
          ) ?? undefined);
    if (!shard) return await report(o, pairs, fixture, populationChanges, examples, undefined, view, drawn);
    const part: ComparePart = {
      kind: 'compare-part',
      version: 3,
      population: population.name,
      populationHash: populationHash(population),
      variantPopulation: populationVaries ? { name: variantPopulation.name, hash: populationHash(variantPopulation) } : null,
      populationChanges,
      claims: claims ?? null,
      baseline,
      variant,
      seeds,
      shard,
      replications: mine.map(({ index, seed }, r) => ({
        index,
        seed,
        baseline: pairs[r]!.baseline,
        variant: pairs[r]!.variant,
        baselineOutcomes: bytesToBase64(pairs[r]!.baselineOutcomes),
        variantOutcomes: bytesToBase64(pairs[r]!.variantOutcomes),
        sellers: bytesToBase64(pairs[r]!.sellers),
      })),
    };
    const name = `compare-part-${shard.index}-of-${shard.count}.json`;
    const paths = writeOutputs(o.out, { [name]: stableStringify(part) });
    process.stdout.write(`part: ${paths[name]} (merge every shard with: claimsim compare --merge ${o.out})\n`);
    return EXIT.ok;
  } finally {
    release();
  }
}

/** The comparison's report written (compare.json, compare.md, report.html), and the fixture checked: the exit status. */
async function report(
  o: CompareOptions,
  pairs: readonly ReplicationPair[],
  fixture: ImpactFixture | null,
  populationChanges: readonly PopulationChange[] = [],
  examples?: () => TransitionExample[],
  partial?: Completion,
  view: CompareView = {},
  parameterDraws?: ParameterDraws,
): Promise<number> {
  const built = buildCompareReport(pairs, populationChanges, view);
  const report = parameterDraws ? { ...built, parameterDraws } : built;
  const files = await renderReportFiles(report, partial ? { completions: [partial] } : null, examples ? { ...report, transitions: { ...report.transitions, examples: examples() } } : report);
  const paths = writeOutputFolder(o.out, { 'compare.json': files.json, 'compare.md': files.markdown, 'report.html': files.html });
  process.stdout.write(`${files.markdown}\nreport: ${paths['report.html']}\n`);
  if (!fixture) return EXIT.ok;
  const checked = checkImpacts(fixture, report);
  process.stdout.write(`\nimpacts (${fixture.file}):\n${checked.results.map((r) => `  ${r.ok ? 'ok  ' : 'FAIL'} ${r.message}${r.warning ? `\n       warning: ${r.warning}` : ''}`).join('\n')}\n`);
  if (o.update) {
    // Read again through the one reader, as it was before the run: the ranges are rewritten in the text as it stands.
    const current = readInputFile(fixture.file);
    if (!current.ok) throw new ImpactFixtureError(fixture.file, 1, 1, current.problem);
    writeFileSync(fixture.file, updateImpactFixture(current.text, checked.results));
    process.stdout.write(`updated the ranges in ${fixture.file}\n`);
    return EXIT.ok;
  }
  return checked.ok ? EXIT.ok : EXIT.failed;
}

/** The variant arm's population; a refused --variant-set is named as such. */
function loadVariantPopulation(file: string, settings: readonly string[], variantSet: readonly string[]): Population {
  try {
    return loadPopulationFile(file, settings);
  } catch (err) {
    const own = variantSet.find((v) => err instanceof PopulationSettingError && err.message.startsWith(`--set ${v}:`));
    if (own !== undefined) throw new PopulationSettingError(`--variant-${(err as Error).message.slice(2)}`);
    throw err;
  }
}

function readFixture(file: string): ImpactFixture {
  // The one reader of input files: no pipes or devices, the size limit, UTF-8 only.
  const r = readInputFile(file);
  if (!r.ok) throw new ImpactFixtureError(file, 1, 1, r.problem);
  return parseImpactFixture(r.text, file);
}
