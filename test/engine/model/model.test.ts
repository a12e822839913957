import fc from 'fast-check';
import { describe, it } from 'vitest';
import { MODEL_RUNS, MODEL_SEED, modelProperty } from './modelProperty.js';
import { SETTINGS } from './world.js';

describe('model-based: the engine against the reference model, with the invariant checker on', () => {
  it.each(SETTINGS)('$name', (setting) => {
    fc.assert(modelProperty(setting), { seed: MODEL_SEED, numRuns: MODEL_RUNS });
  });
});
