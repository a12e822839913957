import { refuseDrawlessSeed } from '../../../generators/population/refuseDrawlessSeed.js';
import type { PopulationTask, TaskResult } from '../../populationTasks/PopulationTask.js';
import { runPopulationTasks } from '../../populationTasks/runPopulationTasks.js';
import { diagnostics } from '../../io/diagnostics.js';
import { watchInterruptionAfterLoading } from '../../io/interruption.js';
import { tasksClaims } from './chooseWorkers.js';
import { taskProgress } from './taskProgress.js';

/**
 * Up to this many claims over all the tasks, one worker runs them in this thread, a signal
 * heard between two tasks (each well under a second at this size): a worker thread's start
 * (loading the modules: 1–2 s on a busy two-core machine) would cost more than the run.
 */
export const IN_THREAD_UP_TO = 10_000;

/** How compare, sweep and all run their population tasks. */
export interface WatchOptions {
  /** The command, for the diagnostics (`compare: runs start`). */
  readonly command: string;
  /** The progress bar's label. */
  readonly progress: string;
  readonly workers: number;
  /** Called as task `index` finishes (in finishing order): where a command logs a unit complete. */
  readonly onTask?: (index: number) => void;
}

/** The tasks' results (`undefined` for a task that did not finish), what ran alongside, and whether a signal stopped them. */
export interface WatchedRun<T> {
  readonly results: readonly (TaskResult | undefined)[];
  readonly alongside: T;
  /** 130 after SIGINT, 143 after SIGTERM; null when no signal came. */
  readonly interrupted: number | null;
}

/**
 * Runs a command's population tasks with its progress bar, watching for SIGINT and SIGTERM:
 * the first stops the pool (the finished tasks are kept), a second ends the process at once.
 * `alongside` (the scenario files of `all`) runs in this thread meanwhile, with the same stop.
 */
export async function runWatchedTasks<T = undefined>(tasks: readonly PopulationTask[], o: WatchOptions, alongside?: (shouldStop: () => boolean) => Promise<T>): Promise<WatchedRun<T>> {
  // Here, where the population is the one loaded (a worker's copy no longer knows its file's lines).
  for (const task of tasks) refuseDrawlessSeed(task.population, task.seed);
  // A signal sent while the inputs loaded is heard before the watch: the binary ends at once.
  const interrupts = await watchInterruptionAfterLoading();
  const progress = taskProgress(o.progress);
  diagnostics().info({ runs: tasks.length, workers: o.workers }, `${o.command}: runs start`);
  // Set when the work alongside fails: the pool stops too, and no thread outlives the command.
  let failed = false;
  try {
    const pool = runPopulationTasks(tasks, {
      workers: o.workers,
      onDone: (done, total, index) => {
        progress.onDone(done, total);
        o.onTask?.(index);
      },
      shouldStop: () => failed || interrupts.stopped(),
      small: tasksClaims(tasks) <= IN_THREAD_UP_TO,
    });
    let beside: T;
    try {
      beside = (await alongside?.(interrupts.stopped)) as T;
    } catch (err) {
      failed = true;
      await pool.catch(() => undefined);
      throw err;
    }
    const results = await pool;
    return { results, alongside: beside, interrupted: interrupts.stopped() ? interrupts.status() : null };
  } finally {
    progress.stop();
    interrupts.dispose();
  }
}
