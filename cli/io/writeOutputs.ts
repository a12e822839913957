import { lstatSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative } from 'node:path';
import { InputError } from '../exit.js';
import { writeOutputFile } from './writeOutputFile.js';

/**
 * Writes a report's files into `dir` (created if needed); returns their paths as the user would
 * type them. A file that cannot be written is one line naming its path and the reason (exit 2).
 * Each file is written beside its name and then renamed over it, so a symbolic link, a hard
 * link or a pipe planted under that name in the folder is replaced, never written through:
 * only the folder's own entry changes, whatever the link pointed to. A name taken by a
 * folder or by anything that is not a plain file or a link is refused (see plantedOutputProblem).
 */
export function writeOutputs(dir: string, files: Readonly<Record<string, string | Uint8Array>>): Record<string, string> {
  const paths: Record<string, string> = {};
  for (const [name, content] of Object.entries(files)) {
    const path = join(dir, name);
    const problem = plantedOutputProblem(path);
    if (problem !== null) throw new InputError(problem);
    const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
    // Created afresh (a link planted under the temporary name is removed, never followed).
    try {
      rmSync(temporary, { force: true });
    } catch {
      // the write below names what is wrong with the path
    }
    try {
      writeOutputFile(temporary, content, 'wx');
    } catch (err) {
      // The message names the report's file, not the temporary one beside it.
      if (err instanceof InputError) throw new InputError(err.message.replace(temporary, path));
      throw err;
    }
    try {
      renameSync(temporary, path);
    } catch (err) {
      rmSync(temporary, { force: true });
      throw err;
    }
    const rel = relative(process.cwd(), path);
    paths[name] = rel === '' || rel.startsWith('..') || isAbsolute(rel) ? path : rel;
  }
  return paths;
}

/**
 * What is wrong with an output file's place in an output folder, or null: a folder or a
 * device under the file's name cannot be replaced by a report (a link or a plain file can).
 */
export function plantedOutputProblem(path: string): string | null {
  let entry;
  try {
    entry = lstatSync(path, { throwIfNoEntry: false });
  } catch {
    return null; // the write names what is wrong with the path
  }
  if (entry === undefined || entry.isFile() || entry.isSymbolicLink()) return null;
  const what = entry.isDirectory() ? 'a folder' : entry.isFIFO() ? 'a named pipe' : entry.isSocket() ? 'a socket' : 'a device';
  return `claimsim: cannot write ${path}: ${what} stands where the report's file goes (remove it, or give --out another folder)`;
}
