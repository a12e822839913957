import { InvalidArgumentError } from 'commander';
import { type Checked, parseCount, parseSeed } from '../../../generators/run/parseRunOptions.js';

/**
 * A command-line option read by one of the shared parsers (generators/run/parseRunOptions.ts),
 * so that every command takes and refuses a value the same way; commander reports a bad value
 * with the option's name (exit 2).
 */
export function checkedOption<T>(check: (text: string) => Checked<T>): (value: string) => T {
  return (value) => {
    const r = check(value);
    if (!r.ok) throw new InvalidArgumentError(`${r.message}.`);
    return r.value;
  };
}

/** `--claims N` and the like: a whole number from 1 to `max` (20000, 20_000 or 2e4). */
export const countOption = (option: string, max?: number) => checkedOption((text) => parseCount(option, text, max));

/** The most replications a compare, sweep or all run takes. */
export const MAX_REPLICATIONS = 10_000;

/** `--seed N`: a whole number from 0 to 4294967295. */
export const seedOption = checkedOption(parseSeed);
