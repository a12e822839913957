import { closeSync, constants, createReadStream, fstatSync, openSync, readSync, statSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import { readInputBytes } from '../scenarios/load/readInputFile.js';

/** A log that cannot be read at all (not a regular file, not there, a broken gzip): one line naming it. */
export class LogInputError extends Error {}

/**
 * Opens a log without blocking: what is not a regular file (a pipe, a device, a folder) is
 * refused from its status before it is opened and again from the opened file's, with the words
 * of the project's reader (`readInputBytes`), which judges such paths for every other input.
 */
function openLog(path: string): number {
  const refuse = (): never => {
    const r = readInputBytes(path, 0);
    throw new LogInputError(`${path}: ${r.ok ? 'is not a regular file' : r.problem}`);
  };
  const st = statSync(path, { throwIfNoEntry: false });
  if (st === undefined || !st.isFile()) refuse();
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch {
    return refuse();
  }
  if (!fstatSync(fd).isFile()) {
    closeSync(fd);
    refuse();
  }
  return fd;
}

/**
 * The lines of a claim log, streamed (never read whole): plain text, or gzip when the file
 * starts with gzip's magic bytes (whatever its name). A gzip that breaks off or is corrupt ends
 * the read with a `LogInputError` naming the file.
 */
export async function* readLogLines(path: string): AsyncGenerator<string> {
  const fd = openLog(path);
  const head = Buffer.alloc(2);
  const n = readSync(fd, head, 0, 2, 0);
  const gzip = n === 2 && head[0] === 0x1f && head[1] === 0x8b;
  const raw = createReadStream('', { fd, start: 0, autoClose: true, highWaterMark: 256 * 1024 });
  const gunzip = gzip ? createGunzip() : null;
  const input = gunzip === null ? raw : raw.pipe(gunzip);
  const rl = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
  let failure: Error | null = null;
  const fail = (err: Error): void => {
    failure ??= err;
    rl.close();
  };
  raw.on('error', fail);
  gunzip?.on('error', fail);
  try {
    for await (const line of rl) yield line;
  } catch (err) {
    // readline passes its input's error on (a gzip that breaks off): named below, like one heard on the stream.
    failure ??= err as Error;
  } finally {
    rl.close();
    raw.destroy();
  }
  if (failure !== null) {
    const why = (failure as Error).message;
    throw new LogInputError(`${path}: ${gzip ? `not a readable gzip (${why}); give the whole .gz file, or the log uncompressed` : `cannot read the file (${why})`}`);
  }
}
