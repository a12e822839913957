import { realpathSync } from 'node:fs';
import { basename, dirname, join, resolve, sep } from 'node:path';
import { InputError } from '../exit.js';

/** The real path of `p`, or of its nearest existing ancestor joined with the rest. */
function realOrResolved(p: string): string {
  const abs = resolve(p);
  try {
    return realpathSync(abs);
  } catch {
    const parent = dirname(abs);
    return parent === abs ? abs : join(realOrResolved(parent), basename(abs));
  }
}

/**
 * Refuses an --out that is one of the input folders, holds one, or lies inside one: writing
 * there would overwrite or mix with it. `command` names the command (`claimsim merge`), `apart`
 * what to give instead (`a folder apart from the shards`), `writing` what it does (`merging`).
 * An input given as a file (`files`) only may not be in --out, nor have --out as its folder.
 */
export function refuseOutAsInput(out: string, folders: readonly string[], command: string, apart: string, writing = 'writing', files: readonly string[] = []): void {
  const target = realOrResolved(out);
  const inside = (a: string, b: string): boolean => a === b || a.startsWith(b + sep);
  // A file given alone: --out may not be its folder, nor hold it.
  for (const file of files) {
    const input = realOrResolved(file);
    if (target === dirname(input) || inside(input, target)) {
      throw new InputError(`${command}: --out ${out} ${target === dirname(input) ? 'is the folder of' : 'holds'} the input ${file}; give --out ${apart} (${writing} there would overwrite an input)`);
    }
  }
  for (const folder of folders) {
    const input = realOrResolved(folder);
    if (inside(target, input) || inside(input, target)) {
      throw new InputError(`${command}: --out ${out} ${target === input ? 'is' : inside(target, input) ? 'is inside' : 'holds'} the input ${folder}; give --out ${apart} (${writing} there would overwrite an input)`);
    }
  }
}
