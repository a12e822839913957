import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { InputError } from '../exit.js';

/** A path the user gave, and the option or role it was given as (`--out`, `the scenario file`). */
export interface GivenPath {
  readonly what: string;
  readonly path: string;
}

function statOf(path: string): ReturnType<typeof statSync> | undefined {
  try {
    return statSync(path, { throwIfNoEntry: false });
  } catch {
    return undefined; // a path that cannot be looked at is no file yet; its write names the problem
  }
}

/** True when both paths name one existing file, after following links (a symbolic or a hard link is the same file). */
export function sameFile(a: string, b: string): boolean {
  const x = statOf(a);
  const y = statOf(b);
  return x !== undefined && y !== undefined && x.dev === y.dev && x.ino === y.ino;
}

/**
 * Refuses an output path that is one of the command's inputs (the same file after following
 * links): the command would destroy what it reads. One line naming both, exit 2.
 */
export function refuseOutputOverInput(output: GivenPath, inputs: readonly GivenPath[]): void {
  const input = inputs.find((i) => resolve(i.path) === resolve(output.path) || sameFile(i.path, output.path));
  if (input === undefined) return;
  const link = resolve(input.path) === resolve(output.path) ? '' : ` (${output.path} leads to ${input.path})`;
  throw new InputError(`${output.what} ${output.path} is ${input.what} ${input.path}, an input of this command${link}: writing it would destroy the input (give ${output.what} another path)`);
}

/**
 * True when two outputs would land in one file, so that one would overwrite the other: the
 * same path, or the same existing plain file through a link. A device such as /dev/stdout or
 * /dev/null takes any number of writers.
 */
export function sameOutput(a: string, b: string): boolean {
  const x = statOf(a);
  if (x !== undefined && !x.isFile()) return false;
  return resolve(a) === resolve(b) || sameFile(a, b);
}

/** Refuses two outputs given one file (see sameOutput): one line naming both, exit 2. */
export function refuseSharedOutputs(outputs: readonly GivenPath[]): void {
  outputs.forEach((a, i) => {
    const b = outputs.slice(i + 1).find((o) => sameOutput(a.path, o.path));
    if (b !== undefined) {
      const same = a.path === b.path ? `${a.path}` : `${a.path} and ${b.path}, one file`;
      throw new InputError(`${a.what} and ${b.what} would both write ${same}, and one would overwrite the other (give each its own file)`);
    }
  });
}
