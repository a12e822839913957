import fc from 'fast-check';
import { expect } from 'vitest';
import type { Decide } from '../../../engine/index.js';
import { StepCommand, setupRun } from './StepCommand.js';
import { stepArb } from './steps.js';
import type { Setting } from './world.js';

/** Fixed in CI; set CLAIMSIM_FC_SEED to explore. A failure prints its seed and path to replay it. */
export const MODEL_SEED = Number(process.env.CLAIMSIM_FC_SEED ?? 20210729);
export const MODEL_RUNS = 200;
const MAX_COMMANDS = 40;

const commands = fc.commands([stepArb.map((s) => new StepCommand(s))], { maxCommands: MAX_COMMANDS, size: 'max' });

/**
 * The model test's property: any run of steps leaves the engine (on `decide`, the real rules
 * by default) agreeing with the reference model at every step, with the checker silent.
 */
export function modelProperty(setting: Setting, decide?: Decide) {
  return fc.property(commands, (cmds) => {
    const run = setupRun(setting, decide);
    fc.modelRun(() => run, cmds);
    const { engine, checker } = run.real;
    checker.finish(engine.now);
    expect(checker.violations).toEqual([]);
  });
}
