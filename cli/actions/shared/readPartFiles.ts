import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';
import { InputError } from '../../exit.js';
import { readJsonInFolder, readJsonInput, validateJson } from '../../io/readJsonInput.js';
import type { FolderReader } from '../../io/readShardFile.js';

const PARTS_READER: FolderReader = {
  only: 'a merge reads only the parts inside the folder it is given',
  folder: 'the parts\' folder',
  copy: 'copy the parts into the folder, or name each part file',
};

/**
 * The part files named on the command line, read and checked: each path a part file, or a
 * folder whose files named like `<kind>-<i>-of-<n>.json` are taken in sorted order. Each goes
 * through the one reader (no pipe, device or oversize file; JSON errors at their place) and
 * `schema` (the part's shape, counts and consistency); any problem is one input error line
 * naming the file.
 */
export function readPartFiles<S extends z.ZodType>(paths: readonly string[], kind: string, schema: S): z.output<S>[] {
  const name = new RegExp(`^${kind}-\\d+-of-\\d+\\.json$`);
  const how = `give the ${kind} files claimsim wrote with --shard, untouched`;
  const files = paths.flatMap((p): { file: string; folder?: string; name?: string }[] => {
    const st = statSync(p, { throwIfNoEntry: false });
    if (!st) throw new InputError(`${p}:1:1: no such file or folder (give the ${kind} files or their folder)`);
    return st.isDirectory() ? readdirSync(p).filter((f) => name.test(f)).sort().map((f) => ({ file: join(p, f), folder: p, name: f })) : [{ file: p }];
  });
  return files.map(({ file: f, folder, name: inFolder }) => {
    // A part found in a folder is read only from inside it (no link leads elsewhere).
    const input = folder !== undefined && inFolder !== undefined ? readJsonInFolder(folder, inFolder, how, PARTS_READER) : readJsonInput(f, how);
    const value = input.value as { kind?: unknown } | null;
    if (value === null || typeof value !== 'object' || value.kind !== kind) throw new InputError(`${f}:1:1: not a ${kind} (expected the JSON written with --shard)`);
    return validateJson(input, schema, how);
  });
}
