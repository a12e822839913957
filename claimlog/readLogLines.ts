import { type ReadStream, closeSync, constants, createReadStream, fstatSync, openSync, readSync, statSync } from 'node:fs';
import type { Readable } from 'node:stream';
import { type Gunzip, createGunzip } from 'node:zlib';
import { decodeUtf8, readInputBytes } from '../input/readInputFile.js';
import { OcelInputError, looksLikeOcel, readOcelLines } from './ocel/readOcelLines.js';
import type { CsvMap } from './csv/CsvMap.js';
import { CsvInputError, readCsvLines } from './csv/readCsvLines.js';
import { MAX_LINE_CHARS, type ParsedLine } from './parseLogLine.js';

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
 * the read with a `LogInputError` naming the file. A line over `MAX_LINE_BYTES` is never held
 * whole: its first `MAX_LINE_CHARS + 1` bytes stand for it (text `parseLogLine` refuses as too long).
 */
export async function* readLogLines(path: string): AsyncGenerator<string> {
  for await (const batch of readLineBatches(path)) {
    for (const line of batch) yield typeof line === 'string' ? line : line.cut;
  }
}

/**
 * The longest line read (bytes): the rest of a longer one is skipped up to its newline, never
 * held, so a log with no line break in it costs this much memory and no more. A line this long
 * is over `MAX_LINE_CHARS` characters whatever its encoding, so it is refused either way.
 */
export const MAX_LINE_BYTES = 4 * 1024 * 1024;

/** A line over `MAX_LINE_BYTES`: how long it was, the claim its start names, and its start. */
export interface OverlongLine {
  readonly bytes: number;
  readonly claim: string | undefined;
  /** Its first `MAX_LINE_CHARS + 1` bytes, one character each (for `readLogLines`). */
  readonly cut: string;
}

/** Line breaks as readline reads them: CRLF, CR or LF. */
const BREAK = /\r\n|\r|\n/;

/**
 * The lines of a plain or gzip log a chunk at a time: the bytes are split at their last line
 * feed and decoded once per chunk (a line feed is never inside a UTF-8 sequence), then split into
 * lines as readline does (CRLF, CR or LF); only the unfinished last line is carried over. One
 * entry per physical line.
 */
export async function* readLineBatches(path: string): AsyncGenerator<(string | OverlongLine)[]> {
  const opened = openLogStream(path);
  yield* readUntilFailure(path, opened, splitLogLines(opened.input), () => {
    opened.gunzip?.destroy();
    opened.raw.destroy();
  });
}

/** A byte stream's lines, a chunk at a time (see `readLineBatches`). */
export async function* splitLogLines(input: AsyncIterable<Buffer>): AsyncGenerator<(string | OverlongLine)[]> {
  let carry: Buffer[] = [];
  let carried = 0;
  /** The line being skipped (over `MAX_LINE_BYTES`): its start and its length so far. */
  let skipping: { head: Buffer; bytes: number } | null = null;
  for await (const chunk of input) {
    let c = chunk;
    const out: (string | OverlongLine)[] = [];
    if (skipping !== null) {
      const nl = c.indexOf(10);
      if (nl < 0) {
        skipping.bytes += c.length;
        continue;
      }
      out.push(overlong(skipping.head, skipping.bytes + nl));
      skipping = null;
      c = c.subarray(nl + 1);
    }
    const last = c.lastIndexOf(10);
    if (last < 0) {
      carry.push(c);
      carried += c.length;
      if (carried > MAX_LINE_BYTES) {
        const whole = Buffer.concat(carry);
        skipping = { head: Buffer.from(whole.subarray(0, MAX_LINE_CHARS + 1)), bytes: whole.length };
        carry = [];
        carried = 0;
      }
      if (out.length > 0) yield out;
      continue;
    }
    const head = carried === 0 ? c.subarray(0, last + 1) : Buffer.concat([...carry, c.subarray(0, last + 1)]);
    const text = head.toString('utf8');
    const lines = text.indexOf('\r') < 0 ? text.split('\n') : text.split(BREAK);
    lines.pop();
    for (const l of lines) out.push(l);
    carry = last + 1 < c.length ? [c.subarray(last + 1)] : [];
    carried = c.length - last - 1;
    yield out;
  }
  if (skipping !== null) yield [overlong(skipping.head, skipping.bytes)];
  else if (carried > 0) {
    const lines = Buffer.concat(carry).toString('utf8').split(BREAK);
    if (lines.at(-1) === '') lines.pop();
    yield lines;
  }
}

function overlong(head: Buffer, bytes: number): OverlongLine {
  const cut = head.toString('latin1');
  return { bytes, claim: /"claim"\s*:\s*"([^"\\]+)"/.exec(cut)?.[1], cut };
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
  for await (const batch of readLogInputBatches(path, options)) yield* batch;
}

/** How many lines of an OCEL document go in one batch. */
const OCEL_BATCH = 1024;

/**
 * `readLogInput` a batch of lines at a time (what the audit reads: one await per chunk of the
 * file, not per line). A line over `MAX_LINE_BYTES` comes as the problem it is, naming the claim
 * its start names (that claim cannot be judged whole).
 */
export async function* readLogInputBatches(path: string, options: LogReadOptions = {}): AsyncGenerator<readonly LogInputLine[]> {
  if (!CSV_NAME.test(path)) {
    if (looksLikeOcel(headOf(path))) {
      const r = readInputBytes(path, MAX_OCEL_BYTES);
      const text = r.ok ? decodeUtf8(r.bytes) : r;
      if (!text.ok) throw new LogInputError(`${path}: ${text.problem}`);
      try {
        let batch: LogInputLine[] = [];
        for (const line of readOcelLines(text.text)) {
          batch.push(line);
          if (batch.length < OCEL_BATCH) continue;
          yield batch;
          batch = [];
        }
        if (batch.length > 0) yield batch;
      } catch (err) {
        if (err instanceof OcelInputError) throw new LogInputError(`${path}:${err.line}:1: ${err.message}`);
        throw err;
      }
      return;
    }
    for await (const batch of readLineBatches(path)) {
      for (let i = 0; i < batch.length; i++) {
        const line = batch[i]!;
        if (typeof line !== 'string') (batch as LogInputLine[])[i] = overlongProblem(line);
      }
      yield batch as LogInputLine[];
    }
    return;
  }
  const map = options.csvMap;
  if (map === undefined) throw new LogInputError(`${path}: a CSV export is read through a mapping file: give --map FILE (docs/claim-log.md, CSV exports)`);
  const opened = openLogStream(path);
  try {
    for await (const line of readUntilFailure(path, opened, readCsvLines(opened.input, map), () => opened.raw.destroy())) yield [line];
  } catch (err) {
    if (err instanceof CsvInputError) throw new LogInputError(`${path}:${err.line}:1: ${err.message}`);
    throw err;
  }
}

/** A line too long to read, as the problem the audit counts and names. */
function overlongProblem(line: OverlongLine): ParsedLine {
  const problem = `the line is ${line.bytes.toLocaleString('en-US')} bytes long, over the ${MAX_LINE_CHARS.toLocaleString('en-US')} characters a record may have (one record a line); skipped to the next line break without being read`;
  return line.claim === undefined ? { kind: 'problem', problem } : { kind: 'problem', problem, claim: line.claim };
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
