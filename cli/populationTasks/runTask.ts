import { withFault } from '../../engine/index.js';
import { ClaimDescriber, CompiledPopulation, runPopulation } from '../../generators/index.js';
import { claimListCollector } from '../../reports/index.js';
import type { PopulationTask, TaskResult } from './PopulationTask.js';

/** Runs one population task in this thread (with the invariant checker, as every population run). */
export function runTask(task: PopulationTask): TaskResult {
  const list =
    task.claimListCap !== undefined
      ? claimListCollector(
          {
            describer: new ClaimDescriber(task.seed),
            // The run's own draws of who each claim is between (a pure function of seed and index).
            parties: new CompiledPopulation(task.population, task.policy, task.seed, task.claims),
          },
          task.claimListCap,
          task.policy.timezone,
        )
      : null;
  const { summary, finalOutcomes } = runPopulation(task.population, {
    policy: task.policy,
    seed: task.seed,
    ...(task.claims !== undefined ? { claims: task.claims } : {}),
    ...(list ? { onClaimFinished: list.onFinishedClaim } : {}),
    ...(task.fault ? { decide: withFault(task.fault) } : {}),
  });
  return { summary, finalOutcomes, ...(list ? { claimList: { rows: list.packed(), claims: list.claims() } } : {}) };
}
