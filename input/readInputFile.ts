import { type Stats, closeSync, constants, fstatSync, openSync, readSync, statSync } from 'node:fs';
import { LIMITS, tooLarge } from './limits.js';

/** A file's text, or why it cannot be read (one phrase: what is wrong and how to fix it). */
export type InputText = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly problem: string };

/** A file's bytes, or why they cannot be read. */
export type InputBytes = { readonly ok: true; readonly bytes: Uint8Array } | { readonly ok: false; readonly problem: string };

const OPEN_PROBLEMS: Readonly<Record<string, string>> = {
  ENOENT: 'no such file (check the path)',
  ENOTDIR: 'a part of the path is a file, not a folder (check the path)',
  EACCES: 'permission denied (make the file readable)',
  EPERM: 'operation not permitted (make the file readable)',
  ELOOP: 'the path is a loop of symbolic links (point at the file itself)',
  ENAMETOOLONG: 'the name is too long (check the path)',
};

/** The path's status, or undefined when it has none (the open then says why). */
function statusOf(path: string): Stats | undefined {
  try {
    return statSync(path, { throwIfNoEntry: false });
  } catch {
    return undefined;
  }
}

/** What kind of thing a path that is not a regular file is. */
function kindOf(st: Stats): string {
  if (st.isDirectory()) return 'a folder';
  if (st.isFIFO()) return 'a pipe (FIFO)';
  if (st.isCharacterDevice()) return 'a character device';
  if (st.isBlockDevice()) return 'a block device';
  if (st.isSocket()) return 'a socket';
  return 'not a regular file';
}

/**
 * Reads an input file (scenario, policy, population, summary, part, report, fixture) as UTF-8
 * text. The one reader every input goes through: it refuses what is not a regular file
 * (folders, pipes, devices such as /dev/zero) without blocking on it, a file over `maxBytes`
 * without reading it whole, UTF-16 and other non-UTF-8 bytes; a UTF-8 byte-order mark is dropped.
 */
export function readInputFile(path: string, maxBytes: number = LIMITS.maxBytes): InputText {
  const r = readInputBytes(path, maxBytes);
  return r.ok ? decodeUtf8(r.bytes) : r;
}

/**
 * The bytes of an input file (readInputFile's checks but the text's): a pipe, a device or a
 * folder is refused from its status before it is opened, and again from the opened file's (a
 * path swapped in between is still caught, and the open never blocks); a file over `maxBytes`
 * is refused before reading, and one that grows past it while read, after one byte more.
 */
export function readInputBytes(path: string, maxBytes: number = LIMITS.maxBytes): InputBytes {
  const before = statusOf(path);
  if (before?.isDirectory()) return { ok: false, problem: 'is a folder, not a file (give a file)' };
  if (before && !before.isFile()) return { ok: false, problem: `is ${kindOf(before)}, not a regular file (give a file saved on disk)` };
  if (before && before.size > maxBytes) return { ok: false, problem: tooLarge(before.size, maxBytes) };
  let fd: number;
  try {
    // Non-blocking, so that opening a pipe with no writer returns at once instead of waiting.
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? '';
    if (code === 'EISDIR') return { ok: false, problem: 'is a folder, not a file (give a file)' };
    return { ok: false, problem: OPEN_PROBLEMS[code] ?? `cannot open the file (${code || String(err)})` };
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) return { ok: false, problem: `is ${kindOf(st)}, not a regular file (give a file saved on disk)` };
    if (st.size > maxBytes) return { ok: false, problem: tooLarge(st.size, maxBytes) };
    // Read at most one byte past the limit: a file that grows while read is still caught.
    const buf = Buffer.alloc(st.size + 1 > maxBytes + 1 ? maxBytes + 1 : st.size + 1);
    let length = 0;
    for (;;) {
      const n = readSync(fd, buf, length, buf.length - length, null);
      if (n === 0) break;
      length += n;
      if (length > maxBytes) return { ok: false, problem: tooLarge(length, maxBytes) };
      if (length === buf.length) break;
    }
    return { ok: true, bytes: buf.subarray(0, length) };
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? '';
    return { ok: false, problem: `cannot read the file (${code || String(err)})` };
  } finally {
    closeSync(fd);
  }
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** The bytes as UTF-8 text, or why they are not (UTF-16 is named, since editors save it silently). */
export function decodeUtf8(bytes: Uint8Array): InputText {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { ok: false, problem: 'the file is UTF-16 (it starts with a UTF-16 byte-order mark); save it as UTF-8' };
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    return { ok: false, problem: `the file has a NUL byte at byte ${nul + 1}: it is binary or UTF-16, not UTF-8 text (save it as UTF-8)` };
  }
  try {
    return { ok: true, text: utf8.decode(bytes) };
  } catch {
    return { ok: false, problem: 'the file is not valid UTF-8 text (save it as UTF-8)' };
  }
}
