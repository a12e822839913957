import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { LIMITS } from '../../input/limits.js';
import { readInputFile } from '../../input/readInputFile.js';
import { tempDirs } from '../tempDirs.js';

const temp = tempDirs('claimsim-read-');
afterAll(temp.remove);

describe('readInputFile: files that are not files', () => {
  it('refuses a FIFO at once instead of blocking on it', () => {
    const fifo = join(temp.make(), 'pipe.yaml');
    execFileSync('mkfifo', [fifo]);
    expect(readInputFile(fifo)).toEqual({ ok: false, problem: 'is a pipe (FIFO), not a regular file (give a file saved on disk)' });
  });

  it.each([
    ['/dev/zero', 'is a character device, not a regular file (give a file saved on disk)'],
    ['/dev/null', 'is a character device, not a regular file (give a file saved on disk)'],
  ])('refuses the device %s', (path, problem) => {
    expect(readInputFile(path)).toEqual({ ok: false, problem });
  });

  it('refuses a folder and a missing path', () => {
    expect(readInputFile(temp.make())).toMatchObject({ ok: false, problem: expect.stringMatching(/^is a folder/) });
    expect(readInputFile('no/such/file.yaml')).toEqual({ ok: false, problem: 'no such file (check the path)' });
  });

  it('refuses a file over the size limit, naming the limit', () => {
    const big = join(temp.make(), 'big.yaml');
    writeFileSync(big, 'x'.repeat(LIMITS.maxBytes + 1));
    expect(readInputFile(big)).toMatchObject({ ok: false, problem: expect.stringContaining('over the 1 MiB limit') });
    expect(readInputFile(big, 2 * LIMITS.maxBytes)).toMatchObject({ ok: true });
  });
});

describe('readInputFile: encodings', () => {
  const file = (bytes: Uint8Array | string): string => {
    const path = join(temp.make(), 'f.yaml');
    writeFileSync(path, bytes);
    return path;
  };

  it('names UTF-16 (with a byte-order mark) and asks for UTF-8', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('name: x\n', 'utf16le')]);
    expect(readInputFile(file(le))).toEqual({ ok: false, problem: 'the file is UTF-16 (it starts with a UTF-16 byte-order mark); save it as UTF-8' });
    const be = Buffer.from([0xfe, 0xff, 0, 0x6e]);
    expect(readInputFile(file(be))).toMatchObject({ ok: false, problem: expect.stringContaining('UTF-16') });
  });

  it('names UTF-16 without a byte-order mark by its NUL bytes, and refuses bytes that are not UTF-8', () => {
    expect(readInputFile(file(Buffer.from('name: x\n', 'utf16le')))).toMatchObject({ ok: false, problem: expect.stringContaining('NUL byte at byte 2') });
    expect(readInputFile(file(Buffer.from([0x6e, 0xc3, 0x28])))).toEqual({ ok: false, problem: 'the file is not valid UTF-8 text (save it as UTF-8)' });
  });

  it('reads UTF-8, dropping a UTF-8 byte-order mark', () => {
    expect(readInputFile(file(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('name: café\n')])))).toEqual({ ok: true, text: 'name: café\n' });
  });
});
