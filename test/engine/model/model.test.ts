import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { StepCommand, setupRun } from './StepCommand.js';
import { stepArb } from './steps.js';
import { SETTINGS } from './world.js';

/** Fixed in CI; set CLAIMSIM_FC_SEED to explore. fast-check prints the seed and path of a failure. */
const SEED = Number(process.env.CLAIMSIM_FC_SEED ?? 20210729);
const NUM_RUNS = 200;
const MAX_COMMANDS = 40;

const commands = fc.commands([stepArb.map((s) => new StepCommand(s))], { maxCommands: MAX_COMMANDS, size: 'max' });

describe('model-based: the engine against the reference model, with the invariant checker on', () => {
  it.each(SETTINGS)('$name', (setting) => {
    fc.assert(
      fc.property(commands, (cmds) => {
        const run = setupRun(setting);
        fc.modelRun(() => run, cmds);
        const { engine, checker } = run.real;
        checker.finish(engine.now);
        expect(checker.violations).toEqual([]);
      }),
      { seed: SEED, numRuns: NUM_RUNS },
    );
  });
});
