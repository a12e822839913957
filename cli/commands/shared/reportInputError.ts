// The error classes from their own files: the folders' indexes load at startup otherwise.
import { PopulationInputError } from '../../../generators/population/PopulationInputError.js';
import { ImpactFixtureError } from '../../../reports/impact/ImpactFixtureError.js';
import { ScenarioInputError } from '../../../input/ScenarioInputError.js';
import { EXIT, InputError } from '../../exit.js';

/**
 * Runs a command's action; bad input (a population, policy or fixture file, an option)
 * becomes its one-line message on stderr and exit status 2, with no stack trace.
 */
export async function reportInputError(action: () => Promise<number>): Promise<void> {
  try {
    process.exitCode = await action();
  } catch (err) {
    if (err instanceof InputError || err instanceof PopulationInputError || err instanceof ScenarioInputError || err instanceof ImpactFixtureError) {
      process.stderr.write(`${err.message}\n`);
      process.exitCode = EXIT.input;
      return;
    }
    throw err;
  }
}
