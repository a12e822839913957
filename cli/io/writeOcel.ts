import { createWriteStream, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { type Policy, calendarFor } from '../../engine/index.js';
import { OcelWriter } from '../../claimlog/ocel/OcelWriter.js';
import { InputError } from '../exit.js';
import { eventsFileRecords } from './eventsFileRecords.js';

/**
 * Writes a run as an OCEL 2.0 JSON document (docs/claim-log.md, OCEL 2.0) from its events file:
 * one event a line for each claim-log record, then the objects. The events are streamed; the
 * objects (claims, orders, sellers, buyers) are held until the end.
 */
export async function writeOcel(eventsPath: string, path: string, policy: Policy): Promise<void> {
  const calendar = calendarFor(policy.timezone);
  const writer = new OcelWriter();
  async function* pieces(): AsyncGenerator<string> {
    yield writer.start();
    let batch = '';
    for await (const record of eventsFileRecords(eventsPath, calendar)) {
      batch += writer.add(record);
      if (batch.length >= 64 * 1024) {
        yield batch;
        batch = '';
      }
    }
    yield `${batch}${writer.end()}`;
  }
  try {
    mkdirSync(dirname(path), { recursive: true });
    await pipeline(Readable.from(pieces()), createWriteStream(path));
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === undefined) throw err;
    throw new InputError(`claimsim: cannot write the OCEL log ${path}: ${code}; give --ocel a file where there is room`);
  }
}
