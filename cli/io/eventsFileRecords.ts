import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Calendar, ClaimEvent } from '../../engine/index.js';
import type { LogRecord } from '../../claimlog/LogRecord.js';
import { RunRecorder } from '../../claimlog/RunRecorder.js';

/**
 * The claim-log records of a run's events file (the NDJSON `--events` writes), streamed in the
 * file's order, with what the system showed beside them (the buyer's counter before and after,
 * R6); events with no record of their own are left out. What `--log` and `--ocel` write from.
 */
export async function* eventsFileRecords(eventsPath: string, calendar: Calendar): AsyncGenerator<LogRecord> {
  const recorder = new RunRecorder(calendar);
  const rl = createInterface({ input: createReadStream(eventsPath), crlfDelay: Number.POSITIVE_INFINITY });
  for await (const text of rl) {
    if (text === '') continue;
    const { iso: _iso, ...event } = JSON.parse(text) as ClaimEvent & { iso?: unknown };
    yield* recorder.events([event as ClaimEvent]);
  }
}
