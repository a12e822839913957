import { closeSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readInputFile } from '../../input/readInputFile.js';
import { bucketOf } from './BloomFilter.js';

/** How many bucket files the spill spreads claims over: reading one back holds about 1/B of the spilled claims. */
export const SPILL_BUCKETS = 64;
/** Text a bucket gathers in memory before it is appended to its file. */
const FLUSH_CHARS = 1 << 16;
/** The largest bucket file read back (characters' bytes): a string's limit, far above 1/64 of a 10^7-claim log's spill. */
const MAX_BUCKET_BYTES = 2 ** 29 - 64;

/** Spill folders alive in this process: removed when it exits (process.exit after SIGINT/SIGTERM included). */
const alive = new Set<string>();
let hooked = false;
function removeAlive(): void {
  for (const dir of alive) rmSync(dir, { recursive: true, force: true });
  alive.clear();
}

/**
 * The audit's spill: one temporary folder (under the system's temporary folder) of `count`
 * bucket files, one JSON entry a line, a claim always in the bucket its id hashes to. Appends
 * are buffered; a bucket is read back whole, alone. `remove` deletes the folder; a process
 * that exits first deletes it on its way out.
 */
export class SpillBuckets {
  readonly dir: string;
  private readonly fds: (number | null)[];
  private readonly pending: string[][];
  private readonly chars: number[];
  private removed = false;

  constructor(readonly count: number = SPILL_BUCKETS) {
    this.dir = mkdtempSync(join(tmpdir(), 'claimsim-audit-spill-'));
    alive.add(this.dir);
    if (!hooked) {
      hooked = true;
      process.on('exit', removeAlive);
    }
    this.fds = Array.from({ length: count }, () => null);
    this.pending = Array.from({ length: count }, () => []);
    this.chars = Array.from({ length: count }, () => 0);
  }

  /** Appends one entry (a line of JSON) to the claim's bucket. */
  append(claim: string, entry: unknown): void {
    const b = bucketOf(claim, this.count);
    const text = JSON.stringify(entry);
    this.pending[b]!.push(text);
    this.chars[b]! += text.length + 1;
    if (this.chars[b]! >= FLUSH_CHARS) this.flush(b);
  }

  private path(b: number): string {
    return join(this.dir, `bucket-${String(b).padStart(3, '0')}.ndjson`);
  }

  private flush(b: number): void {
    const lines = this.pending[b]!;
    if (lines.length === 0) return;
    this.fds[b] ??= openSync(this.path(b), 'a');
    writeSync(this.fds[b]!, `${lines.join('\n')}\n`);
    this.pending[b] = [];
    this.chars[b] = 0;
  }

  /** Bucket `b`'s entries in the order they were appended (its file is closed and deleted once read). */
  read(b: number): unknown[] {
    this.flush(b);
    const fd = this.fds[b];
    if (fd === null || fd === undefined) return [];
    closeSync(fd);
    this.fds[b] = null;
    const text = readInputFile(this.path(b), MAX_BUCKET_BYTES);
    if (!text.ok) throw new Error(`the audit's spill ${this.path(b)} ${text.problem}`);
    rmSync(this.path(b), { force: true });
    const out: unknown[] = [];
    for (const line of text.text.split('\n')) if (line !== '') out.push(JSON.parse(line));
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
