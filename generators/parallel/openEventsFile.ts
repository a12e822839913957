import { once } from 'node:events';
import pino from 'pino';
import type { ClaimEvent } from '../../engine/index.js';

/** An NDJSON event log being written: one JSON line per event, buffered and asynchronous. */
export interface EventsFile {
  readonly write: (events: readonly ClaimEvent[]) => void;
  /** Flushes what is buffered and closes the file. */
  readonly close: () => Promise<void>;
}

/** Opens `path` (folders created) for streaming events through a pino destination (sync: false). */
export async function openEventsFile(path: string): Promise<EventsFile> {
  const dest = pino.destination({ dest: path, sync: false, mkdir: true, minLength: 8 * 1024 });
  await once(dest, 'ready');
  return {
    write: (events) => {
      for (const e of events) dest.write(`${JSON.stringify(e)}\n`);
    },
    close: async () => {
      dest.flushSync();
      const closed = once(dest, 'close');
      dest.end();
      await closed;
    },
  };
}
