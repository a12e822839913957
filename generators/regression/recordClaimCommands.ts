import type { Decide, Policy } from '../../engine/index.js';
import type { Population } from '../population/Population.js';
import { runPopulation } from '../runPopulation.js';
import type { InternalRunOptions, RunOptions } from '../run/RunOptions.js';
import type { RecordedCommand } from './RecordedCommand.js';

export interface ClaimRecording {
  readonly commands: readonly RecordedCommand[];
  /** Where the run's horizon ended. */
  readonly end: number;
}

/**
 * Runs claim `index` of the population alone and records every command its agents issue.
 * Its behaviour is the same as in the full run: every draw depends only on (seed, claim
 * index, purpose), and claims do not interact through the rules.
 */
export function recordClaimCommands(population: Population, options: { policy: Policy; seed: number; claims: number; decide?: Decide }, index: number): ClaimRecording {
  const commands: RecordedCommand[] = [];
  let end = 0;
  const run: RunOptions = {
    policy: options.policy,
    seed: options.seed,
    claims: options.claims,
    ...(options.decide ? { decide: options.decide } : {}),
    onClaimFinished: (claim) => {
      end = claim.at;
    },
  };
  const internal: InternalRunOptions = { only: index, onCommand: (command, at) => commands.push({ at, command }) };
  runPopulation(population, run, internal);
  return { commands, end };
}
