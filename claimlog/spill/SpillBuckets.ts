import { closeSync, fstatSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readInputFile } from '../../input/readInputFile.js';
import { claimHash } from './BloomFilter.js';

/** How many bucket files the spill spreads claims over: reading one back holds about 1/B of the spilled claims. */
export const SPILL_BUCKETS = 64;
/** Bytes a bucket gathers in memory before they are appended to its file. */
const FLUSH_BYTES = 1 << 16;
/** The largest bucket file read back (characters' bytes): a string's limit, far above a part's `SPILL_READ_BYTES`. */
const MAX_BUCKET_BYTES = 2 ** 29 - 64;
/**
 * The most of a bucket read back at once (bytes): a larger bucket (a long log's spill grows with
 * its length) is first split, streaming, into parts of about this size by a second hash of the
 * claim id, and read back a part at a time, so that reading back holds the same whatever the
 * log's length.
 */
export const SPILL_READ_BYTES = 8 * 1024 * 1024;
/** The most parts a bucket is split into (files open at once while splitting). */
const MAX_PARTS = 256;

/** Spill folders alive in this process: removed when it exits (process.exit after SIGINT/SIGTERM included). */
const alive = new Set<string>();
let hooked = false;
function removeAlive(): void {
  for (const dir of alive) rmSync(dir, { recursive: true, force: true });
  alive.clear();
}

/**
 * The audit's spill: one temporary folder (under the system's temporary folder) of `count`
 * bucket files, one entry a line (after the claim's part key), a claim always in the bucket its
 * id hashes to. An entry is text the caller encodes (claimlog/spill/spillEntry.ts); it is copied
 * into its bucket's bytes at once, so a line's text sliced from a larger chunk is never kept.
 * A bucket is read back alone, whole or (over `readBytes`) a part at a time. `remove` deletes
 * the folder; a process that exits first deletes it on its way out.
 */
export class SpillBuckets {
  readonly dir: string;
  private readonly fds: (number | null)[];
  private readonly pending: Buffer[];
  private readonly used: number[];
  private removed = false;

  constructor(
    readonly count: number = SPILL_BUCKETS,
    private readonly readBytes: number = SPILL_READ_BYTES,
  ) {
    this.dir = mkdtempSync(join(tmpdir(), 'claimsim-audit-spill-'));
    alive.add(this.dir);
    if (!hooked) {
      hooked = true;
      process.on('exit', removeAlive);
    }
    this.fds = Array.from({ length: count }, () => null);
    this.pending = Array.from({ length: count }, () => Buffer.allocUnsafe(0));
    this.used = Array.from({ length: count }, () => 0);
  }

  /**
   * Appends one entry (one line of text, no line feed in it: `text` then `tail`, written one
   * after the other, never joined) to the claim's bucket, after the claim's part key in base 36
   * and a space.
   */
  append(claim: string, text: string, tail = ''): void {
    const h = claimHash(claim);
    const b = h % this.count;
    const key = Math.floor(h / this.count).toString(36);
    const units = key.length + text.length + tail.length + 2;
    // A UTF-16 unit is at most 3 bytes of UTF-8: room for that is room enough.
    if (this.used[b]! + units * 3 > this.pending[b]!.length) {
      this.flush(b);
      if (units * 3 > this.pending[b]!.length) this.pending[b] = Buffer.allocUnsafe(Math.max(FLUSH_BYTES, units * 3));
    }
    const buf = this.pending[b]!;
    let used = this.used[b]!;
    used += buf.write(key, used, 'latin1');
    buf[used++] = 32;
    used += buf.write(text, used, 'utf8');
    if (tail !== '') used += buf.write(tail, used, 'utf8');
    buf[used++] = 10;
    this.used[b] = used;
  }

  private path(b: number): string {
    return join(this.dir, `bucket-${String(b).padStart(3, '0')}.ndjson`);
  }

  private flush(b: number): void {
    const n = this.used[b]!;
    if (n === 0) return;
    this.fds[b] ??= openSync(this.path(b), 'a');
    writeSync(this.fds[b]!, this.pending[b]!, 0, n);
    this.used[b] = 0;
  }

  /**
   * Bucket `b`'s entries (their text), a part at a time: a claim's entries all in one part, in
   * the order they were appended. A bucket of up to `readBytes` is one part; a larger one is
   * split into parts of about that size first (by the claim's part key). Its files are closed
   * and deleted once read.
   */
  *readParts(b: number): Generator<string[]> {
    this.flush(b);
    this.pending[b] = Buffer.allocUnsafe(0);
    const fd = this.fds[b];
    if (fd === null || fd === undefined) return;
    this.fds[b] = null;
    let size: number;
    try {
      size = fstatSync(fd).size;
    } finally {
      closeSync(fd);
    }
    const path = this.path(b);
    if (size <= this.readBytes) {
      yield this.readFile(path);
      return;
    }
    const parts = Math.min(MAX_PARTS, Math.ceil(size / this.readBytes));
    const paths = Array.from({ length: parts }, (_, p) => `${path}.part-${p}`);
    splitByKey(path, paths);
    rmSync(path, { force: true });
    for (const part of paths) if (sizeOf(part) > 0) yield this.readFile(part);
  }

  /** The entries' text of one spill file, which is then deleted. */
  private readFile(path: string): string[] {
    const text = readInputFile(path, MAX_BUCKET_BYTES);
    if (!text.ok) throw new Error(`the audit's spill ${path} ${text.problem}`);
    rmSync(path, { force: true });
    const out: string[] = [];
    for (const line of text.text.split('\n')) if (line !== '') out.push(line.slice(line.indexOf(' ') + 1));
    return out;
  }

  /** Closes the buckets and deletes the folder (again is harmless). */
  remove(): void {
    if (this.removed) return;
    this.removed = true;
    for (const fd of this.fds) if (fd !== null) closeSync(fd);
    rmSync(this.dir, { recursive: true, force: true });
    alive.delete(this.dir);
  }
}

/** The size of a spill file (0 when none was written). */
function sizeOf(path: string): number {
  try {
    const fd = openSync(path, 'r');
    try {
      return fstatSync(fd).size;
    } finally {
      closeSync(fd);
    }
  } catch {
    return 0;
  }
}

/**
 * Splits a bucket file into `paths.length` part files by each line's part key (streaming, a
 * chunk at a time: the bucket is never held whole), keeping the lines' order in each part. The
 * lines are copied as bytes (never decoded): the key is read from the line's first bytes.
 */
function splitByKey(path: string, paths: readonly string[]): void {
  const n = paths.length;
  const out = paths.map((p) => openSync(p, 'w'));
  const bufs = paths.map(() => Buffer.allocUnsafe(FLUSH_BYTES));
  const used = paths.map(() => 0);
  const flush = (p: number): void => {
    if (used[p] === 0) return;
    writeSync(out[p]!, bufs[p]!, 0, used[p]);
    used[p] = 0;
  };
  const fd = openSync(path, 'r');
  try {
    let buf = Buffer.allocUnsafe(1 << 20);
    let have = 0;
    for (;;) {
      if (have === buf.length) {
        // A line longer than the buffer: a larger one.
        const larger = Buffer.allocUnsafe(buf.length * 2);
        buf.copy(larger, 0, 0, have);
        buf = larger;
      }
      const got = readSync(fd, buf, have, buf.length - have, null);
      if (got === 0) break;
      const bytes = buf.subarray(0, have + got);
      let from = 0;
      for (let nl = bytes.indexOf(10, from); nl >= 0; nl = bytes.indexOf(10, from)) {
        if (nl > from) {
          // The part key: base-36 digits up to the first space.
          let key = 0;
          let i = from;
          for (; i < nl && bytes[i] !== 32; i++) {
            const c = bytes[i]!;
            key = key * 36 + (c <= 57 ? c - 48 : c - 87);
          }
          if (i === nl) throw new Error(`the audit's spill ${path} has a line without its part key (line at byte ${from} of a read)`);
          const p = key % n;
          const len = nl + 1 - from;
          if (used[p]! + len > bufs[p]!.length) {
            flush(p);
            if (len > bufs[p]!.length) bufs[p] = Buffer.allocUnsafe(len);
          }
          bytes.copy(bufs[p]!, used[p], from, nl + 1);
          used[p]! += len;
        }
        from = nl + 1;
      }
      // What is left of a line goes to the front, for the next read to finish it.
      have = bytes.length - from;
      if (have > 0) buf.copy(buf, 0, from, bytes.length);
    }
    if (have > 0) throw new Error(`the audit's spill ${path} ends inside a line`);
    for (let p = 0; p < n; p++) flush(p);
  } finally {
    closeSync(fd);
    for (const o of out) closeSync(o);
  }
}
