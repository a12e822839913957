import { type Policy, calendarFor } from '../../engine/index.js';
import type { Population } from '../population/Population.js';
import { CompiledPopulation } from '../population/CompiledPopulation.js';
import type { ClaimLog } from './ClaimHistory.js';
import { simulateHistories } from './simulateHistories.js';

/**
 * The claim log a population's run writes (the records `simulate --log` writes, kept in memory),
 * as calibration reads it: for recovering a known population (bench/calibration/recover.ts and
 * the mixture's tests). Hashes are zeros: there are no bytes.
 */
export function simulatedLog(name: string, population: Population, policy: Policy, seed: number, claims: number): ClaimLog {
  const compiled = new CompiledPopulation(population, policy, seed, claims);
  const histories = simulateHistories(population, policy, seed, claims);
  return {
    files: [{ name: `${name}-${seed}.ndjson`, sha256: '0'.repeat(64), records: histories.reduce((s, c) => s + c.records.length, 0) }],
    sha256: '0'.repeat(64),
    firstAt: compiled.start,
    lastAt: compiled.end,
    start: compiled.start,
    end: compiled.end,
    policy,
    policySource: 'default',
    calendar: calendarFor(policy.timezone),
    claims: histories.sort((x, y) => x.openedAt - y.openedAt),
    sellers: population.sellers,
    buyers: population.buyers,
    unopened: 0,
    skipped: 0,
    recordCounts: new Map(),
  };
}
