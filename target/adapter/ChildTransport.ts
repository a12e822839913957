import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { type Transport, TransportFailure } from './Transport.js';

/** How long a child has to exit after its input closes, then after SIGTERM, before SIGKILL. */
const GRACE_MS = 2000;
/** The most of a child's standard error kept for messages. */
const STDERR_TAIL = 2000;

interface Pending {
  readonly id: number;
  readonly resolve: (text: string) => void;
  readonly reject: (err: TransportFailure) => void;
  readonly timer: NodeJS.Timeout;
}

/** Children alive now, killed on process exit whatever the path out. */
const live = new Set<ChildProcessWithoutNullStreams>();
let exitHookInstalled = false;

/** How many target children are alive (tests check that none is left behind). */
export function liveChildren(): number {
  return live.size;
}

/**
 * The protocol over a child process's standard input and output, one NDJSON line each way per
 * message, in order. A reply line longer than `maxReplyBytes` ends the session (the stream is
 * out of step from there); so does the child exiting. A reply arriving after its timeout is
 * dropped. The child is always reaped: on close, on a failure, and on process exit.
 */
export class ChildTransport implements Transport {
  private readonly child: ChildProcessWithoutNullStreams;
  private buffer: Buffer[] = [];
  private buffered = 0;
  private pending: Pending | null = null;
  private failure: TransportFailure | null = null;
  private stderrTail = '';
  private readonly exited: Promise<void>;

  constructor(
    readonly description: string,
    argv: readonly string[],
    private readonly maxReplyBytes: number,
  ) {
    if (!exitHookInstalled) {
      exitHookInstalled = true;
      process.on('exit', () => {
        for (const c of live) c.kill('SIGKILL');
      });
    }
    this.child = spawn(argv[0]!, argv.slice(1), { stdio: ['pipe', 'pipe', 'pipe'], shell: false });
    live.add(this.child);
    this.exited = new Promise((resolve) => {
      this.child.once('close', (code, signal) => {
        live.delete(this.child);
        const how = signal !== null ? `was killed by ${signal}` : `exited with status ${code ?? '?'}`;
        this.fail(new TransportFailure('closed', `the target ${how}${this.stderrTail.trim() ? `; its last words: ${lastLine(this.stderrTail)}` : ''}`));
        resolve();
      });
    });
    this.child.once('error', (err: NodeJS.ErrnoException) => this.fail(new TransportFailure('io', `the target could not be started: ${err.code ?? err.message}`)));
    this.child.stdin.on('error', () => {
      // A child that exits early closes its input: 'close' says so, with its status.
    });
    this.child.stdout.on('data', (chunk: Buffer) => this.read(chunk));
    this.child.stderr.on('data', (chunk: Buffer) => {
      this.stderrTail = (this.stderrTail + chunk.toString('utf8')).slice(-STDERR_TAIL);
    });
  }

  exchange(id: number, text: string, timeoutMs: number): Promise<string> {
    if (this.failure) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending = null;
        reject(new TransportFailure('timeout', `no reply within ${timeoutMs} ms`));
      }, timeoutMs);
      this.pending = { id, resolve, reject, timer };
      this.child.stdin.write(`${text}\n`);
    });
  }

  async close(): Promise<void> {
    if (this.child.exitCode === null && this.child.signalCode === null) {
      this.child.stdin.end();
      if (!(await within(this.exited, GRACE_MS))) {
        this.child.kill('SIGTERM');
        if (!(await within(this.exited, GRACE_MS))) this.child.kill('SIGKILL');
      }
    }
    await this.exited;
  }

  private read(chunk: Buffer): void {
    if (this.failure) return;
    let start = 0;
    for (let nl = chunk.indexOf(10); nl >= 0; nl = chunk.indexOf(10, start)) {
      this.buffer.push(chunk.subarray(start, nl));
      const line = Buffer.concat(this.buffer);
      this.buffer = [];
      this.buffered = 0;
      start = nl + 1;
      if (line.length > this.maxReplyBytes) return this.oversized(line.length);
      this.deliver(line.toString('utf8'));
    }
    this.buffer.push(chunk.subarray(start));
    this.buffered += chunk.length - start;
    if (this.buffered > this.maxReplyBytes) this.oversized(this.buffered);
  }

  private deliver(line: string): void {
    if (line.trim() === '') return;
    const p = this.pending;
    // A late reply to a request that timed out: the unknown stands.
    if (!p) return;
    this.pending = null;
    clearTimeout(p.timer);
    p.resolve(line);
  }

  private oversized(bytes: number): void {
    this.fail(new TransportFailure('oversized', `a reply of more than ${this.maxReplyBytes} bytes (${bytes} so far, no end of line); the session is ended`));
    this.child.kill('SIGKILL');
  }

  private fail(err: TransportFailure): void {
    this.failure ??= err;
    const p = this.pending;
    if (!p) return;
    this.pending = null;
    clearTimeout(p.timer);
    p.reject(this.failure);
  }
}

function within(p: Promise<void>, ms: number): Promise<boolean> {
  return new Promise((resolve) => {
    const t = setTimeout(() => resolve(false), ms);
    void p.then(() => {
      clearTimeout(t);
      resolve(true);
    });
  });
}

function lastLine(text: string): string {
  const lines = text.trim().split('\n');
  return lines[lines.length - 1]!.slice(0, 300);
}
