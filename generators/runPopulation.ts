import { Engine, calendarFor, changeInstants, createInvariantChecker } from '../engine/index.js';
import type { Population } from './population/Population.js';
import { CompiledPopulation } from './population/CompiledPopulation.js';
import { ClaimDriver } from './run/ClaimDriver.js';
import type { InternalRunOptions, RunOptions, RunResult } from './run/RunOptions.js';
import { claimIndices } from './run/claimIndices.js';
import { SummaryTally } from './summary/SummaryTally.js';
import { summaryOf } from './summary/summaryOf.js';

export type { RunOptions, RunResult };

const DAY = 86_400_000;
/** Claims opened between two progress reports / stop checks. */
const CHECK_EVERY = 1024;

/**
 * Runs a population through the rules on the engine's virtual clock with the invariant
 * checker on: claims arrive in index order, their sellers and buyers act, and each claim
 * is folded into the summary and dropped as soon as it is finished, so only open claims
 * stay in memory. The same population, options and seed give the same summary, byte for
 * byte, whatever the shard or worker split.
 */
export function runPopulation(population: Population, o: RunOptions, internal: InternalRunOptions = {}): RunResult {
  const seed = o.seed ?? population.seed;
  const pop = new CompiledPopulation(population, o.policy, seed, o.claims);
  const engine = new Engine({ policy: o.policy, start: pop.start, ...(o.decide ? { decide: o.decide } : {}) });
  // Every violation is kept: the summary's examples are the lowest claim indices, whatever the
  // split. No events are kept with them: a regression scenario re-runs the claim instead.
  const checker = createInvariantChecker(o.policy, { keep: Number.MAX_SAFE_INTEGER, recentEvents: 0 });
  if (!internal.withoutChecker) engine.subscribe((events) => checker.observe(events));
  const tally = new SummaryTally(changeInstants(o.policy));
  const driver = new ClaimDriver(pop, engine, checker, tally, {
    ...(o.onEvents ? { onEvents: o.onEvents } : {}),
    ...(o.onClaimFinished ? { onClaimFinished: o.onClaimFinished } : {}),
    ...(internal.onCommand ? { onCommand: internal.onCommand } : {}),
    ...(internal.beforeCommand ? { beforeCommand: internal.beforeCommand } : {}),
    ...(internal.details ? { details: internal.details } : {}),
  }, internal.reactions);

  const n = pop.claims;
  const { first, step } = claimIndices(n, { ...o, ...internal });
  const total = first < n ? Math.ceil((n - first) / step) : 0;
  let done = 0;
  let stopped = false;
  for (let i = first; i < n; i += step) {
    engine.advanceTo(pop.arrivalOf(i));
    driver.open(i);
    if (++done % CHECK_EVERY === 0) {
      o.onProgress?.(done, total);
      if (o.shouldStop?.()) {
        stopped = true;
        break;
      }
    }
  }
  // After the last arrival, a day at a time: a stop request is heard within a simulated day.
  while (!stopped && engine.now < pop.end) {
    engine.advanceTo(Math.min(pop.end, engine.now + DAY));
    if (o.shouldStop?.()) stopped = true;
  }
  o.onProgress?.(done, total);
  const end = engine.now;
  // Without the checker (bench only) its model is empty: checking views against it would report nothing real.
  if (!internal.withoutChecker) {
    engine.checkViews(checker);
    checker.finish(end);
  }
  driver.finishAll(end);
  for (const v of checker.violations) tally.addViolation({ invariant: v.invariant, claim: v.claim ?? '', at: v.at, message: v.message });
  const cal = calendarFor(o.policy.timezone);
  const summary = summaryOf(tally, {
    population: population.name,
    seed: pop.seed,
    policy: o.policy,
    partial: stopped,
    shard: o.shard ? { index: o.shard.index, count: o.shard.count } : null,
    horizon: { start: cal.formatLocal(pop.start), end: cal.formatLocal(end) },
    ...(population.calibration ? { calibration: population.calibration } : {}),
  });
  return { summary, finalOutcomes: driver.finalOutcomes };
}
