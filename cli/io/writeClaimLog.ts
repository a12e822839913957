import { createWriteStream, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import { type Policy, calendarFor, daysFromCivil } from '../../engine/index.js';
import { logHeader } from '../../claimlog/toLogRecord.js';
import { InputError } from '../exit.js';
import { eventsFileRecords } from './eventsFileRecords.js';

/** `YYYY-MM-DDTHH:MM:SS.mmm` local wall time (a summary's horizon) as an instant in the zone. */
function localInstant(text: string, timezone: string): number {
  const [y, mo, d] = text.slice(0, 10).split('-').map(Number);
  const [h, m, s] = text.slice(11).split(':').map(Number);
  return calendarFor(timezone).atWallTime(daysFromCivil(y!, mo!, d!), (h! * 60 + m!) * 60_000 + Math.round(s! * 1000));
}

/**
 * Writes a run's claim log (docs/claim-log.md) from its events file (the NDJSON `--events`
 * writes): the header with the policy and the period the run covered, then one record per event.
 * Gzip when `path` ends in `.gz`. Streamed: the events are never held whole.
 */
export async function writeClaimLog(eventsPath: string, path: string, policy: Policy, horizon: { readonly start: string; readonly end: string }): Promise<void> {
  const calendar = calendarFor(policy.timezone);
  const header = logHeader(policy, calendar, localInstant(horizon.start, policy.timezone), localInstant(horizon.end, policy.timezone));
  async function* lines(): AsyncGenerator<string> {
    yield `${JSON.stringify(header)}\n`;
    let batch = '';
    for await (const record of eventsFileRecords(eventsPath, calendar)) {
      batch += `${JSON.stringify(record)}\n`;
      if (batch.length >= 64 * 1024) {
        yield batch;
        batch = '';
      }
    }
    if (batch !== '') yield batch;
  }
  try {
    mkdirSync(dirname(path), { recursive: true });
    const out = createWriteStream(path);
    await (path.endsWith('.gz') ? pipeline(Readable.from(lines()), createGzip(), out) : pipeline(Readable.from(lines()), out));
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === undefined) throw err;
    throw new InputError(`claimsim: cannot write the claim log ${path}: ${code}; give --log a file where there is room`);
  }
}
