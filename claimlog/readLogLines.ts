import { type ReadStream, closeSync, constants, createReadStream, fstatSync, openSync, readSync, statSync } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { type Gunzip, createGunzip } from 'node:zlib';
import { decodeUtf8, readInputBytes } from '../scenarios/load/readInputFile.js';
import { OcelInputError, looksLikeOcel, readOcelLines } from './ocel/readOcelLines.js';
import type { CsvMap } from './csv/CsvMap.js';
import { CsvInputError, readCsvLines } from './csv/readCsvLines.js';
import type { ParsedLine } from './parseLogLine.js';

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
  const opened = openLogStream(path);
  const rl = createInterface({ input: opened.input, crlfDelay: Number.POSITIVE_INFINITY });
  yield* readUntilFailure(path, opened, rl, () => rl.close());
}

/** What the audit reads of one line: its text (NDJSON), or a line already read (a CSV row, an OCEL event). */
export type LogInputLine = string | ParsedLine;

/** How the logs are to be read: the mapping of CSV exports (`--map`). */
export interface LogReadOptions {
  readonly csvMap?: CsvMap;
}

const CSV_NAME = /\.csv(\.gz)?$/i;
/** The largest OCEL 2.0 document read (it is one JSON document, read whole). */
const MAX_OCEL_BYTES = 512 * 1024 * 1024;

/** A log's first 4 KiB as text (what tells an OCEL document from NDJSON); empty for a gzip. */
function headOf(path: string): string {
  const fd = openLog(path);
  try {
    const head = Buffer.alloc(4096);
    const n = readSync(fd, head, 0, head.length, 0);
    return n >= 2 && head[0] === 0x1f && head[1] === 0x8b ? '' : head.subarray(0, n).toString('utf8');
  } finally {
    closeSync(fd);
  }
}

/**
 * The lines of one log, whatever its format (docs/claim-log.md): a `.csv` (or `.csv.gz`) export
 * is read through the `--map` mapping; a document that starts as OCEL 2.0 JSON does (by its
 * content) is read whole as OCEL; anything else is NDJSON. One entry per physical line.
 */
export async function* readLogInput(path: string, options: LogReadOptions = {}): AsyncGenerator<LogInputLine> {
  if (!CSV_NAME.test(path)) {
    if (looksLikeOcel(headOf(path))) {
      const r = readInputBytes(path, MAX_OCEL_BYTES);
      const text = r.ok ? decodeUtf8(r.bytes) : r;
      if (!text.ok) throw new LogInputError(`${path}: ${text.problem}`);
      try {
        yield* readOcelLines(text.text);
      } catch (err) {
        if (err instanceof OcelInputError) throw new LogInputError(`${path}:${err.line}:1: ${err.message}`);
        throw err;
      }
      return;
    }
    yield* readLogLines(path);
    return;
  }
  const map = options.csvMap;
  if (map === undefined) throw new LogInputError(`${path}: a CSV export is read through a mapping file: give --map FILE (docs/claim-log.md, CSV exports)`);
  const opened = openLogStream(path);
  try {
    yield* readUntilFailure(path, opened, readCsvLines(opened.input, map), () => opened.raw.destroy());
  } catch (err) {
    if (err instanceof CsvInputError) throw new LogInputError(`${path}:${err.line}:1: ${err.message}`);
    throw err;
  }
}

interface OpenedLog {
  readonly raw: ReadStream;
  readonly gunzip: Gunzip | null;
  readonly input: Readable;
}

/** A log's bytes, streamed: gunzipped when the file starts with gzip's magic bytes (whatever its name). */
function openLogStream(path: string): OpenedLog {
  const fd = openLog(path);
  const head = Buffer.alloc(2);
  const n = readSync(fd, head, 0, 2, 0);
  const gzip = n === 2 && head[0] === 0x1f && head[1] === 0x8b;
  const raw = createReadStream('', { fd, start: 0, autoClose: true, highWaterMark: 256 * 1024 });
  const gunzip = gzip ? createGunzip() : null;
  return { raw, gunzip, input: gunzip === null ? raw : raw.pipe(gunzip) };
}

/**
 * Yields what `source` reads from an opened log; an error of the file or of its gzip stops it
 * (`stop`) and ends the read with a `LogInputError` naming the file.
 */
async function* readUntilFailure<T>(path: string, opened: OpenedLog, source: AsyncIterable<T>, stop: () => void): AsyncGenerator<T> {
  const { raw, gunzip } = opened;
  let failure: Error | null = null;
  const fail = (err: Error): void => {
    failure ??= err;
    stop();
  };
  raw.on('error', fail);
  gunzip?.on('error', fail);
  try {
    for await (const line of source) yield line;
  } catch (err) {
    // readline passes its input's error on (a gzip that breaks off): named below, like one heard on the stream.
    if (err instanceof CsvInputError) throw err;
    failure ??= err as Error;
  } finally {
    stop();
    raw.destroy();
  }
  if (failure !== null) {
    const why = (failure as Error).message;
    throw new LogInputError(`${path}: ${gunzip !== null ? `not a readable gzip (${why}); give the whole .gz file, or the log uncompressed` : `cannot read the file (${why})`}`);
  }
}
