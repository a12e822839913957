import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { InputError } from '../exit.js';
import { PATH_PROBLEMS, pathProblemCode } from '../../input/pathProblem.js';

/**
 * Writes one output file (its folder created): a path that cannot be written is one line
 * naming the path and the reason (exit 2), whatever the call failed on (a full device such as
 * /dev/full reports no path of its own). `wx` creates the file only when no entry (not even a
 * link) has its name.
 */
export function writeOutputFile(path: string, content: string | Uint8Array, flag: 'w' | 'wx' = 'w'): void {
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content, { flag });
  } catch (err) {
    const code = pathProblemCode(err);
    if (code === undefined) throw err;
    throw new InputError(`claimsim: cannot write ${path}: ${PATH_PROBLEMS[code]} (${code}; check the path, e.g. the --out folder)`);
  }
}
