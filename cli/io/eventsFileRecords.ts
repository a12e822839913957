import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Calendar, ClaimEvent, Command, Refusal } from '../../engine/index.js';
import type { LogRecord } from '../../claimlog/LogRecord.js';
import { RunRecorder } from '../../claimlog/RunRecorder.js';
import { parseJsonLine } from './readJsonInput.js';

type EventsFileLine = (ClaimEvent & { iso?: unknown; submitted?: Command }) | { refused: Command; at: number; refusal: Refusal };

/**
 * The claim-log records of a run's events file (the NDJSON `--events` writes), streamed in the
 * file's order, with what the system showed beside them (the buyer's counter before and after,
 * R6); events with no record of their own are left out. A claim log's own events file also
 * carries the agents' commands (`submitted` on a decision's first event, a `refused` line for a
 * refused one): then the records show what each action submitted, and the refused actions.
 * What `--log` and `--ocel` write from.
 */
export async function* eventsFileRecords(eventsPath: string, calendar: Calendar): AsyncGenerator<LogRecord> {
  const recorder = new RunRecorder(calendar);
  const rl = createInterface({ input: createReadStream(eventsPath), crlfDelay: Number.POSITIVE_INFINITY });
  // One decision's events (the first carries its command), recorded together.
  let decision: ClaimEvent[] = [];
  let submitted: Command | undefined;
  function* flush(): Generator<LogRecord> {
    if (decision.length > 0) yield* recorder.events(decision, submitted);
    decision = [];
    submitted = undefined;
  }
  let number = 0;
  for await (const text of rl) {
    number++;
    if (text === '') continue;
    // The run wrote this file moments ago; a line that is not JSON is named at its place all the same.
    const line = parseJsonLine(eventsPath, text, number, 'the events file is written by the run itself: run it again') as EventsFileLine;
    if ('refused' in line) {
      yield* flush();
      const r = recorder.refused(line.refused, line.at, line.refusal);
      if (r !== null) yield r;
      continue;
    }
    const { iso: _iso, submitted: command, ...event } = line;
    if (command !== undefined) {
      yield* flush();
      submitted = command;
    } else if (submitted === undefined) yield* flush();
    decision.push(event as ClaimEvent);
  }
  yield* flush();
}
