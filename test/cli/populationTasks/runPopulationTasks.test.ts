import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../../../engine/index.js';
import { loadPopulationFile, summaryJson } from '../../../generators/index.js';
import type { PopulationTask } from '../../../cli/populationTasks/PopulationTask.js';
import { runPopulationTasks } from '../../../cli/populationTasks/runPopulationTasks.js';

const population = loadPopulationFile('generators/populations/small.yaml');
const tasks: PopulationTask[] = Array.from({ length: 6 }, (_, i) => ({ population, policy: DEFAULT_POLICY, seed: 100 + i, claims: 150 }));

describe('runPopulationTasks: a pool that can be stopped', () => {
  it('in this thread (small tasks): stops between two tasks, the finished ones kept in their slots', async () => {
    const results = await runPopulationTasks(tasks, { workers: 1, small: true, shouldStop: (() => { let calls = 0; return () => ++calls >= 2; })() });
    expect(results.map((r) => r !== undefined)).toEqual([true, true, false, false, false, false]);
    expect(results[1]!.summary.seed).toBe(101);
  });

  it('on worker threads: stops feeding and abandons the running tasks; what finished is what an unstopped run gives', async () => {
    let done = 0;
    // Stopped once the first task is back: the pool hears it within a poll, long before the 40th.
    const many = Array.from({ length: 40 }, (_, i) => tasks[i % tasks.length]!);
    const stopped = await runPopulationTasks(many, { workers: 2, onDone: (n) => (done = n), shouldStop: () => done >= 1 });
    const finished = stopped.flatMap((r, i) => (r ? [i] : []));
    expect(finished.length).toBeGreaterThan(0);
    expect(finished.length).toBeLessThan(many.length);
    const whole = await runPopulationTasks(tasks, { workers: 1 });
    for (const i of finished) expect(summaryJson(stopped[i]!.summary)).toBe(summaryJson(whole[i % tasks.length]!.summary));
  });

  // Without onDone, too: the pool counts what is done itself.
  it('not stopped: every task, in task order, the same summaries (summary.json bytes) on threads as here', async () => {
    const here = await runPopulationTasks(tasks, { workers: 1 });
    const threads = await runPopulationTasks(tasks, { workers: 2, shouldStop: () => false });
    expect(threads.map((r) => summaryJson(r!.summary))).toEqual(here.map((r) => summaryJson(r!.summary)));
  });
});
