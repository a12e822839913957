import type { Command, Policy } from '../../../engine/index.js';
import { type Population, runPopulation } from '../../../generators/index.js';
import { CompiledPopulation } from '../../../generators/population/CompiledPopulation.js';
import { TargetClient } from '../../../target/adapter/TargetClient.js';
import { TargetError } from '../../../target/adapter/TargetError.js';
import { parseTargetTimeout } from '../../../target/adapter/targetLimits.js';
import { type TimedCommand, missingForReplay, replayThroughTarget } from '../../../target/run/replayThroughTarget.js';
import { EXIT, InputError } from '../../exit.js';
import type { Shard } from '../../../input/Shard.js';
import { watchInterruption } from '../../io/interruption.js';

/** `simulate --target` is for conformance, not scale: at most this many claims. */
export const TARGET_MAX_CLAIMS = 10_000;

export interface TargetSimulation {
  readonly population: Population;
  readonly policy: Policy;
  readonly seed: number;
  readonly claims: number | undefined;
  readonly shard: Shard | undefined;
  readonly target: string;
  readonly targetTimeout: string | undefined;
}

/**
 * `simulate --target COMMAND|URL`: the population's agents decide their commands against the
 * reference engine (in process, one worker), and the commands go, in order and at their
 * instants, through the target with the reference engine alongside and the invariant checker
 * watching the target's events. The first divergence (claim, instant, expected, got), unknown
 * answer or protocol break stops the run: exit 1, as does an invariant violation in the
 * target's events. Up to a divergence the target answered as the rules did, so the commands
 * sent are the ones the agents would have issued against it.
 */
export async function simulateThroughTarget(run: TargetSimulation): Promise<number> {
  const timeout = parseTargetTimeout(run.targetTimeout ?? '5s');
  if (!timeout.ok) throw new InputError(timeout.message);
  const pop = new CompiledPopulation(run.population, run.policy, run.seed, run.claims);
  const commands: TimedCommand[] = [];
  // Nested commands (an agent's reaction within a decision) are decided before the one that caused them returns: a stack matches each to its instant.
  const open: { command: Command; at: number }[] = [];
  runPopulation(
    run.population,
    { policy: run.policy, seed: run.seed, ...(run.claims !== undefined ? { claims: run.claims } : {}), ...(run.shard ? { shard: run.shard } : {}) },
    {
      beforeCommand: (command) => {
        const slot = { command, at: 0 };
        open.push(slot);
        commands.push(slot);
      },
      onCommand: (_command, at) => {
        open.pop()!.at = at;
      },
    },
  );
  let client: TargetClient;
  try {
    client = await TargetClient.open(run.target, { timeoutMs: timeout.ms });
  } catch (err) {
    if (err instanceof TargetError) throw new InputError(`--target: ${err.message}`);
    throw err;
  }
  const interrupts = watchInterruption();
  let r;
  try {
    const lacks = missingForReplay(run.policy, commands, client.capabilities);
    if (lacks !== null) throw new InputError(`--target: ${client.name} cannot take this run: ${lacks}`);
    r = await replayThroughTarget(client, { policy: run.policy, start: pop.start, end: pop.end, commands }, interrupts.stopped);
  } finally {
    interrupts.dispose();
    await client.close();
  }
  const claims = pop.claims;
  process.stdout.write(
    `${run.population.name} through ${client.name} (${client.description}): ${claims} claims, ${r.commands} of ${commands.length} commands and ${r.advances} advances sent, ${r.events} events from the target, ` +
      `${r.divergence ? 1 : 0} divergence, ${r.unknown ? 1 : 0} unknown, ${r.violations.length} invariant violations\n`,
  );
  if (r.divergence) process.stdout.write(`diverged: ${r.divergence}; the run stopped there\n`);
  if (r.unknown) process.stdout.write(`unknown: ${r.unknown}; the run stopped there\n`);
  if (r.broken) process.stdout.write(`stopped: ${r.broken.message}\n`);
  for (const v of r.violations.slice(0, 10)) process.stdout.write(`invariant ${v.invariant}${v.claim ? ` on ${v.claim}` : ''}: ${v.message}\n`);
  if (r.stopped) {
    process.stderr.write(`interrupted: ${r.commands} of ${commands.length} commands went through the target\n`);
    return interrupts.status() === EXIT.ok ? EXIT.interrupted : interrupts.status();
  }
  return r.divergence || r.unknown || r.broken || r.violations.length ? EXIT.failed : EXIT.ok;
}
