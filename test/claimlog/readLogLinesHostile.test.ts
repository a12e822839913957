import { createWriteStream, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { createInterface } from 'node:readline';
import { afterAll, describe, expect, it } from 'vitest';
import { MAX_LINE_CHARS } from '../../claimlog/parseLogLine.js';
import { MAX_LINE_BYTES, type OverlongLine, readLineBatches, readLogLines, splitLogLines } from '../../claimlog/readLogLines.js';
import { tempDirs } from '../tempDirs.js';

const dirs = tempDirs('claimsim-readlog-');
afterAll(dirs.remove);

/** The lines `splitLogLines` reads from `bytes` cut into the given chunks. */
async function split(bytes: Buffer, cuts: readonly number[]): Promise<(string | OverlongLine)[]> {
  const chunks: Buffer[] = [];
  let from = 0;
  for (const cut of [...cuts, bytes.length]) {
    chunks.push(bytes.subarray(from, cut));
    from = cut;
  }
  const out: (string | OverlongLine)[] = [];
  for await (const batch of splitLogLines(Readable.from(chunks))) out.push(...batch);
  return out;
}

/** What readline (crlfDelay Infinity, the reader before) reads from the same bytes. */
async function readlineLines(bytes: Buffer): Promise<string[]> {
  const out: string[] = [];
  for await (const line of createInterface({ input: Readable.from([bytes]), crlfDelay: Number.POSITIVE_INFINITY })) out.push(line);
  return out;
}

describe('the log reader splits lines as readline did, a chunk at a time', () => {
  it('LF, CRLF and a lone CR, a line break or a UTF-8 character cut between chunks, no final line break', async () => {
    const text = 'ab\ncd\r\nef\rgh\n\n日本語の行\r\n{"x":"ü"}\nlast';
    const bytes = Buffer.from(text, 'utf8');
    const expected = await readlineLines(bytes);
    expect(expected).toEqual(['ab', 'cd', 'ef', 'gh', '', '日本語の行', '{"x":"ü"}', 'last']);
    // Every place one cut can fall, and every pair of places: the same lines.
    for (let i = 1; i < bytes.length; i++) {
      expect(await split(bytes, [i])).toEqual(expected);
      for (let j = i + 1; j < bytes.length; j += 3) expect(await split(bytes, [i, j])).toEqual(expected);
    }
  });

  it('a final line break gives no empty last line; an empty input gives no line', async () => {
    expect(await split(Buffer.from('a\nb\n'), [1])).toEqual(await readlineLines(Buffer.from('a\nb\n')));
    expect(await split(Buffer.alloc(0), [])).toEqual([]);
  });
});

describe('a hostile line: 100 MB without a line break', () => {
  it('is skipped to its newline without being held: its length, the claim its start names, and the lines after it numbered right', async () => {
    const dir = dirs.make();
    const path = join(dir, 'long.ndjson');
    const out = createWriteStream(path);
    out.write('{"type":"claim_opened","claim":"C-1","at":"2024-08-01T09:00+09:00","order":"O","seller":"S","buyer":"B","claimType":"cancel"}\n');
    out.write('{"type":"memo_sent","claim":"C-9","at":"2024-08-01T10:00+09:00","from":"seller","text":"');
    const mb = Buffer.alloc(1024 * 1024, 'x');
    for (let i = 0; i < 100; i++) if (!out.write(mb)) await once(out, 'drain');
    out.write('"}\n{"type":"withdrawal_accepted","claim":"C-1","at":"2024-08-02T09:00+09:00"}\n');
    out.end();
    await once(out, 'close');
    const lines: (string | OverlongLine)[] = [];
    for await (const batch of readLineBatches(path)) lines.push(...batch);
    expect(lines).toHaveLength(3);
    const long = lines[1] as OverlongLine;
    expect(typeof long).toBe('object');
    expect(long.bytes).toBeGreaterThan(100 * 1024 * 1024);
    expect(long.bytes).toBeGreaterThan(MAX_LINE_BYTES);
    expect(long.claim).toBe('C-9');
    // What stands for it is its start, just over what a record may have: never the 100 MB.
    expect(long.cut).toHaveLength(MAX_LINE_CHARS + 1);
    expect(lines[2]).toBe('{"type":"withdrawal_accepted","claim":"C-1","at":"2024-08-02T09:00+09:00"}');
    // The string API (readLogLines) gives the same start, which parseLogLine refuses as too long.
    const strings: string[] = [];
    for await (const line of readLogLines(path)) strings.push(line.length > 100 ? `${line.length}` : line);
    expect(strings).toEqual([expect.any(String), String(MAX_LINE_CHARS + 1), expect.stringContaining('withdrawal_accepted')]);
  });

  it('a log that is one long line without any break (a binary file) ends as one skipped line', async () => {
    const dir = dirs.make();
    const path = join(dir, 'one.ndjson');
    writeFileSync(path, Buffer.alloc(MAX_LINE_BYTES + 300_000, 0x41));
    const lines: (string | OverlongLine)[] = [];
    for await (const batch of readLineBatches(path)) lines.push(...batch);
    expect(lines).toEqual([{ bytes: MAX_LINE_BYTES + 300_000, claim: undefined, cut: 'A'.repeat(MAX_LINE_CHARS + 1) }]);
  });
});
