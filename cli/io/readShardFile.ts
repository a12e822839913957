import { lstatSync, realpathSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { readInputFile } from '../../scenarios/load/readInputFile.js';
import { InputError } from '../exit.js';

/**
 * Reads `name` inside a shard's output folder, trusting nothing: a symbolic link (at the file
 * or at a folder on its way) or a path that resolves outside the folder is refused, and the file
 * must be a regular file within `maxBytes` (readInputFile). Errors are one line naming the file;
 * `missing` follows "no such file" (such as ` (give the shard's folder)`).
 */
export function readShardFile(folder: string, name: string, maxBytes: number, missing: string): { path: string; text: string } {
  const path = join(folder, name);
  let base: string;
  try {
    base = realpathSync(folder);
  } catch {
    throw new InputError(`${folder}:1:1: no such folder (give the --out folder of a claimsim simulate run)`);
  }
  const parts = relative('.', name).split(/[\\/]/);
  for (let n = 1; n <= parts.length; n++) {
    const at = join(folder, ...parts.slice(0, n));
    const st = lstatSync(at, { throwIfNoEntry: false });
    if (!st) throw new InputError(`${path}:1:1: no such file${missing}`);
    if (st.isSymbolicLink()) {
      throw new InputError(`${at}:1:1: is a symbolic link; merge reads only files claimsim simulate wrote inside the shard's folder (copy the shard's --out folder without links)`);
    }
  }
  const real = realpathSync(path);
  if (real !== base && !real.startsWith(base + sep)) {
    throw new InputError(`${path}:1:1: resolves to ${real}, outside the shard's folder ${folder} (merge reads only the shard's own files)`);
  }
  const r = readInputFile(path, maxBytes);
  if (!r.ok) throw new InputError(`${path}:1:1: ${r.problem}`);
  return { path, text: r.text };
}
