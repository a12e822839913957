import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../../cli/exit.js';
import { eventsFileRecords } from '../../../cli/io/eventsFileRecords.js';
import { parseJsonLine, parseJsonText } from '../../../cli/io/readJsonInput.js';
import { calendarFor } from '../../../engine/index.js';

function thrown(f: () => unknown): Error {
  try {
    f();
  } catch (err) {
    return err as Error;
  }
  throw new Error('did not throw');
}

describe('the one JSON reader', () => {
  it('names a syntax error at file:line:column, one line', () => {
    const err = thrown(() => parseJsonText('part.json', '{\n  "kind": "x",\n  oops\n}', 'give the files claimsim wrote'));
    expect(err).toBeInstanceOf(InputError);
    expect(err.message).toMatch(/^part\.json:3:3: not JSON \(.*\); give the files claimsim wrote$/);
  });

  it('counts the lines of an NDJSON file from the line it is given', () => {
    const err = thrown(() => parseJsonLine('events.ndjson', '{"at": 1,}', 7, 'run it again'));
    expect(err).toBeInstanceOf(InputError);
    expect(err.message).toMatch(/^events\.ndjson:7:10: not JSON/);
  });

  it('reads an events file whose line is broken as an input error at that line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'claimsim-events-'));
    const file = join(dir, 'events.ndjson');
    writeFileSync(file, '\n\n{"type": ');
    const read = async (): Promise<unknown[]> => {
      const out: unknown[] = [];
      for await (const r of eventsFileRecords(file, calendarFor('UTC'))) out.push(r);
      return out;
    };
    await expect(read()).rejects.toThrow(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:3:10: not JSON`));
  });
});
