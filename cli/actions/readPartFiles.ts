import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { InputError } from '../exit.js';

/**
 * The part files named on the command line, parsed: each path a part file, or a folder whose
 * files named like `<kind>-<i>-of-<n>.json` are taken in sorted order. A missing path or a
 * file that is not JSON is a one-line input error naming it.
 */
export function readPartFiles(paths: readonly string[], kind: string): unknown[] {
  const name = new RegExp(`^${kind}-\\d+-of-\\d+\\.json$`);
  const files = paths.flatMap((p) => {
    let isDir = false;
    try {
      isDir = statSync(p).isDirectory();
    } catch {
      throw new InputError(`${p}:1:1: no such file or folder (give the ${kind} files or their folder)`);
    }
    return isDir ? readdirSync(p).filter((f) => name.test(f)).sort().map((f) => join(p, f)) : [p];
  });
  return files.map((f) => {
    try {
      return JSON.parse(readFileSync(f, 'utf8')) as unknown;
    } catch {
      throw new InputError(`${f}:1:1: not a ${kind} (expected the JSON written with --shard)`);
    }
  });
}
