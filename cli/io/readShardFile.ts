import { lstatSync, realpathSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { readInputBytes, readInputFile } from '../../input/readInputFile.js';
import { InputError } from '../exit.js';

/** Who reads a folder's files, for the messages: `merge` (a shard's folder) or `report` (an input's folder). */
export interface FolderReader {
  /** Why a link is refused: `merge reads only files claimsim simulate wrote inside the shard's folder`. */
  readonly only: string;
  /** The folder, as the messages name it: `the shard's folder`. */
  readonly folder: string;
  /** How to fix a link: `copy the shard's --out folder without links`. */
  readonly copy: string;
}

export const MERGE_READER: FolderReader = {
  only: "merge reads only files claimsim simulate wrote inside the shard's folder",
  folder: "the shard's folder",
  copy: "copy the shard's --out folder without links",
};

export const REPORT_READER: FolderReader = {
  only: "report reads only files claimsim wrote inside the input's folder",
  folder: "the input's folder",
  copy: 'copy the folder without links',
};

/**
 * Reads `name` inside a shard's output folder, trusting nothing: a symbolic link (at the file
 * or at a folder on its way) or a path that resolves outside the folder is refused, and the file
 * must be a regular file within `maxBytes` (readInputFile). Errors are one line naming the file;
 * `missing` follows "no such file" (such as ` (give the shard's folder)`).
 */
export function readShardFile(folder: string, name: string, maxBytes: number, missing: string, reader: FolderReader = MERGE_READER): { path: string; text: string } {
  const path = checkedPath(folder, name, missing, reader);
  const r = readInputFile(path, maxBytes);
  if (!r.ok) throw new InputError(`${path}:1:1: ${r.problem}`);
  return { path, text: r.text };
}

/** readShardFile's checks, for a file read as bytes (a workbook). */
export function readShardBytes(folder: string, name: string, maxBytes: number, missing: string, reader: FolderReader): { path: string; bytes: Uint8Array } {
  const path = checkedPath(folder, name, missing, reader);
  const r = readInputBytes(path, maxBytes);
  if (!r.ok) throw new InputError(`${path}:1:1: ${r.problem}`);
  return { path, bytes: r.bytes };
}

/** `folder/name`, once no link is on its way and it resolves inside `folder`. */
function checkedPath(folder: string, name: string, missing: string, reader: FolderReader): string {
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
    if (st.isSymbolicLink()) throw new InputError(`${at}:1:1: is a symbolic link; ${reader.only} (${reader.copy})`);
  }
  const real = realpathSync(path);
  if (real !== base && !real.startsWith(base + sep)) {
    throw new InputError(`${path}:1:1: resolves to ${real}, outside ${reader.folder} ${folder} (${reader.only})`);
  }
  return path;
}
