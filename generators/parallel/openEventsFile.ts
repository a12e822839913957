import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { type ClaimEvent, type Command, type Refusal, calendarFor } from '../../engine/index.js';
import { PATH_PROBLEMS, pathProblemCode } from '../../input/pathProblem.js';
import { isoTimesOf } from './isoTimes.js';

/**
 * An NDJSON event log being written: one JSON line per event, buffered. Each line is the event
 * (instants in epoch milliseconds, as the engine and `replay` read them) plus `iso`: the same
 * instants in ISO 8601 in the policy's zone, for a person or a tool that reads dates.
 */
export interface EventsFile {
  /** One decision's events; `submitted`, the agent's command they decide, rides on the first (a claim log's source only). */
  readonly write: (events: readonly ClaimEvent[], submitted?: Command) => void;
  /** An agent's command the rules refused, as a line of its own, `{"refused": command, "at", "refusal"}` (a claim log's source only). */
  readonly refused: (command: Command, at: number, refusal: Refusal) => void;
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
    write: (events, submitted) => {
      events.forEach((e, k) => {
        buffer += `${JSON.stringify(k === 0 && submitted !== undefined ? { ...e, iso: isoTimesOf(e, calendar), submitted } : { ...e, iso: isoTimesOf(e, calendar) })}\n`;
      });
      if (buffer.length >= CHUNK) flush();
    },
    refused: (command, at, refusal) => {
      buffer += `${JSON.stringify({ refused: command, at, refusal })}\n`;
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
