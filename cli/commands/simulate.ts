import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import cliProgress from 'cli-progress';
import type { Command } from 'commander';
import { DEFAULT_POLICY, type FaultName, type Policy, withFault } from '../../engine/index.js';
import {
  type Checked,
  CompiledPopulation,
  FINAL_OUTCOMES,
  type FinalOutcome,
  PopulationInputError,
  type Summary,
  loadPopulationFile,
  parseCount,
  parseFault,
  parseSeed,
  parseShard,
  runPopulationParallel,
  summaryJson,
  writeRegressionScenarios,
} from '../../generators/index.js';
import { ScenarioInputError, loadPolicyFile } from '../../scenarios/index.js';
import { EXIT } from '../exit.js';

interface SimulateFlags {
  readonly population: string;
  readonly policy?: string;
  readonly seed?: string;
  readonly claims?: string;
  readonly workers: string;
  readonly shard?: string;
  readonly out: string;
  readonly events?: string;
  readonly quiet?: boolean;
  readonly injectFault?: string;
}

const OUTCOME_LABELS: Record<FinalOutcome, string> = {
  withdrawnByAcceptance: 'withdrawn, buyer accepted (R8)',
  withdrawnByTimeout: 'withdrawn, no answer (R10)',
  onHoldAtEnd: 'on hold at the end (R9)',
  requestedAtEnd: 'requested at the end',
  lapsed: 'withdrawal lapsed (R16)',
  cancelledBySeller: 'cancelled by the seller (R14)',
  completedNormally: 'completed, never withdrawn',
  openAtEnd: 'still open at the end',
};

/** A bad option or input file: one line, exit 2. */
class UsageError extends Error {}

function need<T>(c: Checked<T>): T {
  if (!c.ok) throw new UsageError(c.message);
  return c.value;
}

/** `claimsim simulate`: a population through the rules with the invariant checker on. */
export function registerSimulate(program: Command): void {
  program
    .command('simulate')
    .description('run a population of sellers and buyers through the rules, with the invariant checker on')
    .requiredOption('-p, --population <file>', 'population file (YAML), such as generators/populations/default.yaml')
    .option('--policy <file>', 'policy file (YAML map of rules.md parameters; absent keys keep the defaults)')
    .option('--seed <n>', "seed (default: the population's)")
    .option('--claims <n>', "number of claims (default: the population's)")
    .option('--workers <n>', 'worker threads sharing the claims (same summary for any number)', '1')
    .option('--shard <i/n>', 'run only the i-th of n slices of the claims (merge the outputs with claimsim merge)')
    .option('-o, --out <dir>', 'output folder for summary.json and regressions/', 'out/simulate')
    .option('--events <file>', 'stream every event to FILE as NDJSON (one worker)')
    .option('-q, --quiet', 'no progress bar and no report; errors and the reproduce line only')
    .option('--inject-fault <name>', 'test seam: run a named rule mutant, to see the checker catch it')
    .addHelpText(
      'after',
      [
        '',
        'Exit status: 0 no invariant violated · 1 some invariant violated (regression scenarios in <out>/regressions/) · 2 bad input · 130 interrupted (the summary so far is written, marked "partial": true).',
        '',
        'Examples:',
        '  claimsim simulate --population generators/populations/default.yaml',
        '  claimsim simulate --population generators/populations/large.yaml --workers 2 --quiet',
        '  claimsim simulate --population generators/populations/default.yaml --shard 1/3 --out out/shard1',
      ].join('\n'),
    )
    .action(async (flags: SimulateFlags) => {
      try {
        process.exitCode = await simulate(flags);
      } catch (err) {
        if (!(err instanceof UsageError || err instanceof PopulationInputError || err instanceof ScenarioInputError)) throw err;
        process.stderr.write(`${err.message}\n`);
        process.exitCode = EXIT.input;
      }
    });
}

async function simulate(flags: SimulateFlags): Promise<number> {
  const population = loadPopulationFile(flags.population);
  const policy: Policy = flags.policy ? loadPolicyFile(flags.policy) : DEFAULT_POLICY;
  const seed = flags.seed !== undefined ? need(parseSeed(flags.seed)) : population.seed;
  const claimsOption = flags.claims !== undefined ? need(parseCount('--claims', flags.claims)) : undefined;
  const workers = need(parseCount('--workers', flags.workers, 64));
  const shard = flags.shard !== undefined ? need(parseShard(flags.shard)) : undefined;
  const fault: FaultName | undefined = flags.injectFault !== undefined ? need(parseFault(flags.injectFault)) : undefined;
  if (flags.events && workers > 1) throw new UsageError('--events streams one engine\'s events in order: use it with --workers 1');
  const claims = new CompiledPopulation(population, policy, seed, claimsOption).claims;
  const command = reproduceCommand(flags, seed);
  process.stderr.write(`seed ${seed} · reproduce with: ${command}\n`);

  let stop = false;
  const onSigint = (): void => {
    if (stop) process.exit(EXIT.interrupted);
    stop = true;
  };
  process.on('SIGINT', onSigint);
  const bar = !flags.quiet && process.stderr.isTTY ? progressBar() : null;
  bar?.start(shard ? Math.ceil((claims - shard.index + 1) / shard.count) : claims, 0);
  let result;
  try {
    result = await runPopulationParallel(flags.population, {
      policy,
      seed,
      workers,
      ...(claimsOption !== undefined ? { claims: claimsOption } : {}),
      ...(shard ? { shard } : {}),
      ...(fault ? { fault } : {}),
      ...(flags.events ? { eventsFile: flags.events } : {}),
      onProgress: (done, total) => {
        bar?.setTotal(Math.max(total, 1));
        bar?.update(done);
      },
      shouldStop: () => stop,
    });
  } finally {
    bar?.stop();
    process.off('SIGINT', onSigint);
  }

  let summary = result.summary;
  mkdirSync(flags.out, { recursive: true });
  let regressions: string[] = [];
  if (summary.invariantViolations.total > 0 && !summary.partial) {
    const written = writeRegressionScenarios(
      summary,
      { population, policy, seed, claims, ...(fault ? { decide: withFault(fault), tags: [fault] } : {}), command },
      flags.out,
    );
    summary = written.summary;
    regressions = written.files.map((f) => join(flags.out, f.path));
  }
  const summaryPath = join(flags.out, 'summary.json');
  writeFileSync(summaryPath, summaryJson(summary));
  if (!flags.quiet) process.stdout.write(report(summary, summaryPath, regressions, flags.events));
  if (summary.partial) {
    process.stderr.write(`interrupted: the summary so far is in ${summaryPath} ("partial": true)\n`);
    return EXIT.interrupted;
  }
  return summary.invariantViolations.total > 0 ? EXIT.failed : EXIT.ok;
}

function progressBar(): cliProgress.SingleBar {
  return new cliProgress.SingleBar(
    { stream: process.stderr, format: 'simulate [{bar}] {percentage}% | {value}/{total} claims | eta {eta_formatted}', hideCursor: true, clearOnComplete: true },
    cliProgress.Presets.shades_classic,
  );
}

/** The command that makes the same run again (the seed made explicit). */
function reproduceCommand(flags: SimulateFlags, seed: number): string {
  const quote = (s: string): string => (/^[\w./:=@%+-]+$/.test(s) ? s : `'${s.replace(/'/g, "'\\''")}'`);
  const parts = ['npx', 'claimsim', 'simulate', '--population', flags.population, '--seed', String(seed)];
  const add = (name: string, v: string | undefined): void => {
    if (v !== undefined) parts.push(name, v);
  };
  add('--policy', flags.policy);
  add('--claims', flags.claims);
  add('--shard', flags.shard);
  add('--inject-fault', flags.injectFault);
  if (flags.workers !== '1') add('--workers', flags.workers);
  add('--out', flags.out);
  add('--events', flags.events);
  return parts.map(quote).join(' ');
}

function report(s: Summary, summaryPath: string, regressions: readonly string[], events: string | undefined): string {
  const pct = (n: number): string => (s.claims ? `${((100 * n) / s.claims).toFixed(1)}%` : '-');
  const width = Math.max(...FINAL_OUTCOMES.map((o) => OUTCOME_LABELS[o].length));
  const lines = [
    `${s.population}: ${s.claims} claims${s.shard ? ` (shard ${s.shard.index}/${s.shard.count})` : ''}, ${s.horizon.start} → ${s.horizon.end}${s.partial ? ' (partial)' : ''}`,
    ...FINAL_OUTCOMES.filter((o) => s.outcomes[o] > 0).map((o) => `  ${OUTCOME_LABELS[o].padEnd(width)}  ${String(s.outcomes[o]).padStart(9)}  ${pct(s.outcomes[o]).padStart(6)}`),
    `  requests ${s.requests} · escalated to support ${s.escalatedToSupport} · cooldown refusals ${s.cooldownRefusals} · delayed ${s.delayedClaims} · PII warnings ${s.piiWarnings} · events ${s.events}`,
    `invariant violations: ${s.invariantViolations.total}${s.invariantViolations.total ? ` (${Object.entries(s.invariantViolations.byInvariant).map(([k, v]) => `${k} ${v}`).join(', ')})` : ''}`,
    ...regressions.map((r) => `  regression scenario: ${r}`),
    `summary: ${summaryPath}`,
    ...(events ? [`events: ${events}`] : []),
  ];
  return `${lines.join('\n')}\n`;
}
