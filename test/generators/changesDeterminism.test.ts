import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Policy, checkPolicy, makePolicy } from '../../engine/index.js';
import { loadPopulationFile, mergeSummaries, runPopulation, runPopulationParallel, summaryJson } from '../../generators/index.js';
import { mergeSummaryParts } from '../../generators/summary/mergeSummaryParts.js';

/**
 * Dated changes with reminders (R10 extension, R10a, R15a) under random policies: the run
 * shows no invariant violation, and its summary has the same bytes on one thread, split over
 * two worker slices (what two workers run, merged as the parallel runner merges them), and
 * over two shards merged. A violation that depends on which other claims share an engine (a
 * checker that is not claim-local, an order of timers that depends on the queue) breaks both.
 */

/** Fixed in CI; set CLAIMSIM_FC_SEED to explore. fast-check prints the seed and path of a failure. */
const SEED = Number(process.env.CLAIMSIM_FC_SEED ?? 20240410);
const NUM_RUNS = 20;
const CLAIMS = 300;
const FILE = 'generators/populations/small.yaml';
const small = loadPopulationFile(FILE);

/** One change as drawn: which day of the run, when in the day, and what it sets (undefined: unchanged). */
interface ChangeDraw {
  readonly day: number;
  readonly time: string;
  readonly window: number | undefined;
  readonly reminder: number | null | undefined;
  readonly rejectionCooldown: number | undefined;
  readonly cancellationCooldown: number | undefined;
}

/** A reminder drawn as a share of the window in force, so that it always stays below it. */
const reminderArb = fc.option(fc.double({ min: 0, max: 0.999, noNaN: true }), { nil: null, freq: 5 });
const changeArb: fc.Arbitrary<ChangeDraw> = fc.record({
  day: fc.integer({ min: 1, max: 40 }),
  // Mostly midnight, where the timers of the day (timeouts, reminders) meet the change.
  time: fc.constantFrom('', '', '', '', 'T09:00', 'T00:00:00.001+09:00'),
  window: fc.option(fc.integer({ min: 2, max: 12 }), { nil: undefined, freq: 3 }),
  reminder: fc.option(reminderArb, { nil: undefined }),
  rejectionCooldown: fc.option(fc.integer({ min: 0, max: 7 }), { nil: undefined }),
  cancellationCooldown: fc.option(fc.integer({ min: 0, max: 7 }), { nil: undefined }),
}) as fc.Arbitrary<ChangeDraw>;

const dateOf = (day: number): string => new Date(Date.UTC(2024, 3, 1 + day)).toISOString().slice(0, 10);
const share = (r: number | null, window: number): number | null => (r === null ? null : 1 + Math.floor(r * (window - 1)));

/** A valid policy from the draws: reminders kept below the window in force in every period. */
function policyOf(base: { window: number; reminder: number | null }, inFlight: [string, string], draws: readonly ChangeDraw[]): Policy {
  let window = base.window;
  let reminder = share(base.reminder, window);
  const days = [...new Set(draws.map((d) => d.day))].sort((a, b) => a - b);
  const changes = days.map((day) => {
    const d = draws.find((x) => x.day === day)!;
    const set: Record<string, unknown> = {};
    if (d.window !== undefined) set['responseWindowDays'] = window = d.window;
    if (d.reminder !== undefined) set['reminderDaysBeforeDeadline'] = reminder = share(d.reminder, window);
    else if (reminder !== null && reminder >= window) set['reminderDaysBeforeDeadline'] = reminder = window - 1;
    if (d.rejectionCooldown !== undefined) set['rejectionCooldownDays'] = d.rejectionCooldown;
    if (d.cancellationCooldown !== undefined) set['cancellationCooldownDays'] = d.cancellationCooldown;
    if (Object.keys(set).length === 0) set['responseWindowDays'] = window = window === 12 ? 11 : window + 1;
    return { at: `${dateOf(day)}${d.time}`, set };
  });
  const overrides = {
    responseWindowDays: base.window,
    reminderDaysBeforeDeadline: share(base.reminder, base.window),
    inFlightDeadlines: inFlight[0],
    inFlightCooldowns: inFlight[1],
    changes,
  };
  const checked = checkPolicy(overrides);
  if (!checked.ok) throw new Error(`the test drew an invalid policy: ${checked.problems.map((p) => p.message).join('; ')}`);
  return checked.policy;
}

const policyArb: fc.Arbitrary<Policy> = fc
  .tuple(
    fc.record({ window: fc.integer({ min: 2, max: 12 }), reminder: reminderArb }),
    fc.tuple(fc.constantFrom('keep', 'retime', 'retime', 'retime'), fc.constantFrom('keep', 'recompute')),
    fc.array(changeArb, { minLength: 1, maxLength: 4 }),
  )
  .map(([base, inFlight, draws]) => policyOf(base, inFlight, draws));

/** The summary bytes of one thread, of two worker slices merged, and of two shards merged; and the violations seen. */
function threeWays(policy: Policy, claims = CLAIMS): { whole: string; workers: string; shards: string; violations: string[] } {
  const o = { policy, claims };
  const whole = runPopulation(small, o).summary;
  const slices = [0, 1].map((index) => runPopulation(small, o, { workerSlice: { index, count: 2 } }).summary);
  const shards = [1, 2].map((index) => runPopulation(small, { ...o, shard: { index, count: 2 } }).summary);
  return {
    whole: summaryJson(whole),
    workers: summaryJson(mergeSummaryParts(slices, null)),
    shards: summaryJson(mergeSummaries(shards)),
    violations: whole.invariantViolations.examples.map((v) => `${v.invariant} ${v.message}`),
  };
}

describe('dated changes with reminders: no violation, the same bytes on any split (R10a, R15a, I10, I11)', () => {
  it('holds for random policies with dated changes, reminders, retime and recompute', () => {
    fc.assert(
      fc.property(policyArb, (policy) => {
        const r = threeWays(policy);
        expect(r.violations).toEqual([]);
        expect(r.workers).toBe(r.whole);
        expect(r.shards).toBe(r.whole);
      }),
      { seed: SEED, numRuns: NUM_RUNS },
    );
  });

  // The policy of the report: a 2-day reminder; at 4/10 a 10-day window with a 3-day reminder (retime); at 4/20 no reminder.
  const reported = makePolicy({
    reminderDaysBeforeDeadline: 2,
    inFlightDeadlines: 'retime',
    changes: [
      { at: '2024-04-10', set: { responseWindowDays: 10, reminderDaysBeforeDeadline: 3 } },
      { at: '2024-04-20', set: { reminderDaysBeforeDeadline: null } },
    ],
  });

  it('the reported policy: no violation, the same bytes in one thread, on two slices and on two shards', () => {
    const r = threeWays(reported, 600);
    expect(r.violations).toEqual([]);
    expect(r.workers).toBe(r.whole);
    expect(r.shards).toBe(r.whole);
  });

  it('the reported policy on 1 and 2 worker threads: the same summary bytes, no violation', async () => {
    const [one, two] = await Promise.all([1, 2].map((workers) => runPopulationParallel(FILE, { policy: reported, claims: 600, workers })));
    expect(one!.summary.invariantViolations.total).toBe(0);
    expect(summaryJson(two!.summary)).toBe(summaryJson(one!.summary));
  });
});
