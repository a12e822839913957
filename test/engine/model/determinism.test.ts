import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Decision, Engine, calendarFor, createInvariantChecker } from '../../../engine/index.js';
import { type ClaimGlance, type Step, commandOf, jumpTarget, runsOn, stepArb } from './steps.js';
import { CLAIMS, SETTINGS, type Setting, setupCommands } from './world.js';

/** Fixed in CI; set CLAIMSIM_FC_SEED to explore. fast-check prints the seed and path of a failure. */
const SEED = Number(process.env.CLAIMSIM_FC_SEED ?? 20210804);
const NUM_RUNS = 200;

/** The engine's own view of a claim, to aim steps without a model. */
function glanceAt(engine: Engine, index: number): ClaimGlance {
  const c = engine.view.claim(CLAIMS[index]!.id)!;
  const a = c.rejectionCooldownUntil;
  const b = c.cancellationCooldownUntil;
  return {
    status: c.status,
    withdrawal: c.withdrawal,
    boundaries: { timeoutAt: c.timeoutAt, cooldownEnd: a === null ? b : b === null ? a : Math.max(a, b), delayedFrom: c.delayedFrom },
  };
}

/** Runs the steps on a fresh engine; the log and every decision as JSON text. */
function runOnce(setting: Setting, steps: readonly Step[]) {
  const engine = new Engine({ policy: setting.policy, start: setting.start, keepLog: true });
  const checker = createInvariantChecker(setting.policy);
  engine.subscribe((events) => checker.observe(events));
  const cal = calendarFor(setting.policy.timezone);
  const decisions: Decision[] = setupCommands().map((c) => engine.execute(c));
  for (const step of steps) {
    if (!runsOn(step, setting.policy.eligibleStatuses, engine.now, (i) => glanceAt(engine, i))) continue;
    if (step.kind === 'jumpBy' || step.kind === 'jumpTo') {
      engine.advanceTo(jumpTarget(step, engine.now, cal, glanceAt(engine, 'claim' in step ? step.claim : 0).boundaries));
    } else {
      decisions.push(engine.execute(commandOf(step)));
    }
  }
  checker.finish(engine.now);
  return { engine, checker, log: JSON.stringify(engine.events()), decisions: JSON.stringify(decisions) };
}

describe('I10 determinism: the same steps give the same log, and replay rebuilds the state', () => {
  it.each(SETTINGS)('$name', (setting) => {
    fc.assert(
      fc.property(fc.array(stepArb, { maxLength: 40, size: 'max' }), (steps) => {
        const first = runOnce(setting, steps);
        const second = runOnce(setting, steps);
        expect(second.log).toBe(first.log);
        expect(second.decisions).toBe(first.decisions);
        expect(first.engine.checkReplay()).toEqual([]);
        expect(first.checker.violations).toEqual([]);
      }),
      { seed: SEED, numRuns: NUM_RUNS },
    );
  });
});
