import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { type ClaimEvent, calendarFor } from '../../engine/index.js';
import { PATH_PROBLEMS, pathProblemCode } from '../../scenarios/load/pathProblem.js';
import { isoTimesOf } from './isoTimes.js';

/**
 * An NDJSON event log being written: one JSON line per event, buffered. Each line is the event
 * (instants in epoch milliseconds, as the engine and `replay` read them) plus `iso`: the same
 * instants in ISO 8601 in the policy's zone, for a person or a tool that reads dates.
 */
export interface EventsFile {
  readonly write: (events: readonly ClaimEvent[]) => void;
  /** Flushes what is buffered and closes the file. */
  readonly close: () => Promise<void>;
}

/** How every failure to write the events file begins, so that the command line can tell it from a fault. */
export const EVENTS_FILE_PROBLEM = 'cannot write the events file';

/** The one-line error for a failed open or write: the path and the reason, never a bare errno. */
function problem(path: string, err: unknown): Error {
  const code = pathProblemCode(err);
  const reason = code ? `${PATH_PROBLEMS[code]} (${code})` : String((err as Error).message ?? err);
  return new Error(`${EVENTS_FILE_PROBLEM} ${path}: ${reason}; give --events a file where there is room, or leave it out`);
}

const CHUNK = 64 * 1024;

/**
 * Opens `path` (folders created) for streaming events. Writes are synchronous and buffered in
 * 64 KiB chunks: a full disk or an unwritable device (`/dev/full`) fails at once with the
 * path and the reason, instead of being retried in the background for ever.
 */
export async function openEventsFile(path: string, timezone: string): Promise<EventsFile> {
  const calendar = calendarFor(timezone);
  let fd: number;
  try {
    mkdirSync(dirname(path), { recursive: true });
    fd = openSync(path, 'w');
  } catch (err) {
    throw problem(path, err);
  }
  let buffer = '';
  let closed = false;
  const flush = (): void => {
    if (buffer === '') return;
    const bytes = Buffer.from(buffer, 'utf8');
    buffer = '';
    try {
      for (let off = 0; off < bytes.length; ) off += writeSync(fd, bytes, off, bytes.length - off);
    } catch (err) {
      throw problem(path, err);
    }
  };
  return {
    write: (events) => {
      for (const e of events) buffer += `${JSON.stringify({ ...e, iso: isoTimesOf(e, calendar) })}\n`;
      if (buffer.length >= CHUNK) flush();
    },
    close: async () => {
      if (closed) return;
      closed = true;
      try {
        flush();
      } finally {
        closeSync(fd);
      }
    },
  };
}
