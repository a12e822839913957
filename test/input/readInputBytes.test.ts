import { execFileSync } from 'node:child_process';
import { truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readInputBytes } from '../../input/readInputFile.js';
import { tempDirs } from '../tempDirs.js';

const temp = tempDirs('claimsim-read-bytes-');
afterAll(temp.remove);

describe('readInputBytes: the one reader, for files that are not text (a claim list copied along)', () => {
  it('gives a binary file its bytes, NUL bytes and all', () => {
    const file = join(temp.make(), 'claims.xlsx');
    const bytes = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0xff, 0x00]);
    writeFileSync(file, bytes);
    const r = readInputBytes(file);
    expect(r.ok && Array.from(r.bytes)).toEqual(Array.from(bytes));
  });

  it('refuses a pipe, a device and a folder from their status', () => {
    const dir = temp.make();
    const fifo = join(dir, 'claims.xlsx');
    execFileSync('mkfifo', [fifo]);
    expect(readInputBytes(fifo)).toEqual({ ok: false, problem: 'is a pipe (FIFO), not a regular file (give a file saved on disk)' });
    expect(readInputBytes('/dev/zero')).toEqual({ ok: false, problem: 'is a character device, not a regular file (give a file saved on disk)' });
    expect(readInputBytes(dir)).toEqual({ ok: false, problem: 'is a folder, not a file (give a file)' });
  });

  it('refuses a file over the limit from its size (a sparse file of 2 GiB: nothing is read)', () => {
    const file = join(temp.make(), 'huge.json');
    writeFileSync(file, '');
    truncateSync(file, 2 * 1024 * 1024 * 1024);
    expect(readInputBytes(file, 1024 * 1024)).toEqual({ ok: false, problem: 'the file is 2048.0 MiB, over the 1 MiB limit (split it into smaller files)' });
  });
});
