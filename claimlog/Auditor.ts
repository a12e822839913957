import type { Policy } from '../engine/index.js';
import { type AuditResult, type SkippedLine, FINDING_CLASSES, type FindingClass } from './AuditResult.js';
import { AuditTally, byLag, LAGS_LISTED, LISTED } from './AuditTally.js';
import { FinishedClaims } from './FinishedClaims.js';
import { type Finished, type HeldOpenClaim, type OpenClaim, type SpillStub, gathered, heldJson } from './HeldClaim.js';
import { type JudgeContext, judgedInstant, judgeContext, when } from './JudgeContext.js';
import { type LogRecord, isTimerRecord } from './LogRecord.js';
import type { LoggedRecord } from './LoggedRecord.js';
import { type Closing, heapPop, heapPush } from './closingHeap.js';
import { closesClaim } from './closesClaim.js';
import { formatInstant } from './formatInstant.js';
import { BATCH } from './judgeClaim.js';
import { type ParsedLine, isLineJson } from './parseLogLine.js';
import { parseIsoInstant } from './parseIsoInstant.js';
import { hashOf, repeatsHeld } from './recordKeys.js';
import { idlestClaims } from './idlestClaims.js';
import { BloomFilter } from './spill/BloomFilter.js';
import { SPILL_BUCKETS, SPILL_READ_BYTES, SpillBuckets } from './spill/SpillBuckets.js';
import { judgeCounted, readBackPart } from './spill/readBackSpill.js';
import { decodeEntry, encodeMark, recordEntryHead } from './spill/spillEntry.js';

export { BATCH } from './judgeClaim.js';
export { LAGS_LISTED, LISTED } from './AuditTally.js';

/**
 * How long (log time) the audit remembers a finished claim after the record that finished it
 * (and the tolerance), to judge a record of it that comes later: support contacted (allowed),
 * any other action (R3), a duplicate. The log's clock is its latest record's instant. A record
 * of a claim forgotten so opens a claim the log never shows opened: unknown, never conforming.
 */
export const FINISHED_HORIZON_MS = 7 * 86_400_000;
/**
 * How many claims the audit holds in memory before it spills the idlest open ones (oldest last
 * record by log time) to bucket files (docs/performance.md, The audit): a log that never holds
 * more is audited wholly in memory.
 */
export const MAX_HELD = 20_000;

export interface AuditorOptions {
  /** The policy from --policy; without it, the header's, else the default. */
  readonly policy?: Policy;
  readonly defaultPolicy: Policy;
  readonly tolerance: number;
  readonly files: readonly string[];
  /** Called with each line skipped (for a message as the audit goes). */
  readonly onSkipped?: (skipped: SkippedLine) => void;
  /** Reads the header's policy (throws an input error naming the line when it is not a valid policy). */
  readonly headerPolicy: (policy: Record<string, unknown>, file: string, line: number) => Policy;
  /** How many claims are held before the idlest are spilled (default `MAX_HELD`). */
  readonly maxHeld?: number;
  /** Called with the spill folder when the audit first spills (it is removed by `finish` or `dispose`). */
  readonly onSpillFolder?: (dir: string) => void;
  /** The most of a spill bucket read back at once (bytes; default `SPILL_READ_BYTES`): a larger one is read a part at a time. */
  readonly spillReadBytes?: number;
}

/**
 * The streaming audit: lines in, claims grouped, each claim judged once it is finished (or at
 * the log's end) and then dropped. Memory holds the claims open at a time (the idlest spilled
 * past `maxHeld`), and the finished ones of the last `FINISHED_HORIZON_MS` of log time (their
 * verdict and their records' hashes). What is counted and listed is the tally's (AuditTally).
 */
export class Auditor {
  private ctx: JudgeContext | null = null;
  private policySource: 'option' | 'header' | 'default';
  private policy: Policy;
  private readonly tally: AuditTally;
  private readonly open = new Map<string, HeldOpenClaim>();
  private readonly finished = new FinishedClaims();
  /** Finished claims not yet past the tolerance (a heap by `at`), and those past it, waiting for their batch. */
  private readonly closing: Closing<HeldOpenClaim | SpillStub>[] = [];
  private ready: Closing<HeldOpenClaim | SpillStub>[] = [];
  private closedSeq = 0;
  private horizon = Number.NEGATIVE_INFINITY;
  private first = Number.POSITIVE_INFINITY;
  private lastLineAt = Number.NEGATIVE_INFINITY;
  private headerFrom: number | null = null;
  private headerUntil: number | null = null;
  private lines = 0;
  private records = 0;
  /** The spill, once memory held more than `maxHeld` claims: bucket files and the filter of the claims in them. */
  private spill: SpillBuckets | null = null;
  private readonly spilled = new BloomFilter();
  /** Spilled claims finished (and not yet forgotten): their stub in the heap or the finished list. */
  private readonly spilledClosed = new Map<string, SpillStub>();
  private spilledCount = 0;

  constructor(private readonly options: AuditorOptions) {
    this.policy = options.policy ?? options.defaultPolicy;
    this.policySource = options.policy !== undefined ? 'option' : 'default';
    this.tally = new AuditTally(options.files);
  }

  /** Claims held now (open, or finished and waiting for their batch): what the audit's memory grows with. */
  get held(): number {
    return this.open.size;
  }

  /** Finished claims remembered now (for a record that comes after): what else the audit's memory grows with. */
  get remembered(): number {
    return this.finished.size;
  }

  /** One line of log `file` (index), numbered from 1; `text`, the line as read, when `parsed` is `parseLogLine(text)`. */
  line(file: number, line: number, parsed: ParsedLine, text?: string): void {
    this.lines++;
    switch (parsed.kind) {
      case 'blank':
        return;
      case 'unknown_type':
        this.tally.unknownTypes.set(parsed.type, (this.tally.unknownTypes.get(parsed.type) ?? 0) + 1);
        return;
      case 'problem':
        this.skip(file, line, parsed.problem, parsed.claim);
        return;
      case 'header':
        if (this.ctx !== null || this.records > 0) {
          this.skip(file, line, 'a header after the first record is ignored (the header is the first line of a log)');
          return;
        }
        if (parsed.header.policy !== undefined && this.options.policy === undefined) {
          this.policy = this.options.headerPolicy(parsed.header.policy, this.options.files[file]!, line);
          this.policySource = 'header';
        }
        if (parsed.header.from !== undefined) this.headerFrom = parseIsoInstant(parsed.header.from);
        if (parsed.header.until !== undefined) this.headerUntil = Math.max(this.headerUntil ?? Number.NEGATIVE_INFINITY, parseIsoInstant(parsed.header.until)!);
        return;
      case 'record':
        this.record(file, line, parsed.record, parsed.at, text);
        return;
      default: {
        const unreachable: never = parsed;
        throw new Error(`unknown line ${JSON.stringify(unreachable)}`);
      }
    }
  }

  /** A line that cannot be read: counted and listed; a claim it names cannot be judged whole. */
  skip(file: number, line: number, problem: string, claim?: string): void {
    const s = { file: this.options.files[file]!, line, problem };
    this.tally.skip(s);
    this.options.onSkipped?.(s);
    if (claim === undefined) return;
    const c = this.open.get(claim);
    const reason = `a record of it could not be read (${this.options.files.length > 1 ? `${s.file} ` : ''}line ${line.toLocaleString('en-US')})`;
    const at = { file, line };
    if (c !== undefined) {
      c.unknownReason ??= reason;
      c.unreadable ??= at;
    } else if (this.finished.has(claim)) return;
    else if (this.spill !== null && this.spilled.has(claim)) this.spill.append(claim, encodeMark({ k: 'u', c: claim, reason, f: file, l: line }));
    else {
      this.openClaim(claim, reason).unreadable = at;
      if (this.open.size > (this.options.maxHeld ?? MAX_HELD)) this.spillIdlest();
    }
  }

  /** Claims spilled so far (the bench's figure). */
  get spilledClaims(): number {
    return this.spilledCount;
  }

  /** Removes the spill folder (after an error; `finish` removes it itself). */
  dispose(): void {
    this.spill?.remove();
  }

  private context(): JudgeContext {
    this.ctx ??= judgeContext(this.policy, this.options.tolerance, this.options.files);
    return this.ctx;
  }

  private record(file: number, line: number, record: LogRecord, at: number, text: string | undefined): void {
    const ctx = this.context();
    this.records++;
    const lineAbove = this.lastLineAt;
    this.lastLineAt = at;
    if (at > this.horizon) this.horizon = at;
    if (at < this.first) this.first = at;
    const timer = isTimerRecord(record);
    const eff = timer ? judgedInstant(ctx, at) : at;
    const rank = timer ? 0 : 1;
    const json = text !== undefined && isLineJson(record) ? text : undefined;
    let c = this.open.get(record.claim);
    if (c === undefined) {
      const done = this.finished.get(record.claim);
      if (done !== undefined) return this.tally.afterFinish(ctx, done, { record, file, line, at });
      if (this.spill !== null && this.spilled.has(record.claim)) return this.recordSpilled({ record, file, line, at, eff, rank }, lineAbove, json);
      c = this.openClaim(record.claim, null);
    } else if (repeatsHeld(c.records, record, at)) {
      this.finding('duplicate', record.claim, file, line, `${record.type} at ${when(ctx, at)} repeats a record of the claim already read`);
      return;
    }
    if (at < c.lastAt) this.finding('out_of_order', record.claim, file, line, `${record.type} at ${when(ctx, at)} comes after a record of the claim dated ${when(ctx, c.lastAt)}`);
    else if (at < lineAbove) this.finding('clock_regression', record.claim, file, line, `${record.type} is dated ${when(ctx, at)}, before the line above it (${when(ctx, lineAbove)})`);
    c.lastAt = Math.max(c.lastAt, at);
    // The line alone, copied out of the chunk it was read in (a slice of it would keep the whole chunk).
    c.records.push({ text: json === undefined ? null : (' ' + json).slice(1), record: json === undefined ? record : null, type: record.type, file, line, at, eff, rank });
    if (c.closedAt === null && closesClaim(record)) {
      c.closedAt = eff;
      heapPush(this.closing, { at: eff + this.options.tolerance, seq: this.closedSeq++, claim: c });
    }
    this.judgeClosed();
    if (this.open.size > (this.options.maxHeld ?? MAX_HELD)) this.spillIdlest();
  }

  private finding(cls: FindingClass, claim: string, file: number, line: number, message: string): void {
    this.tally.finding(cls, claim, file, line, message);
  }

  /**
   * A record of a claim that may be spilled: appended to its bucket (its findings against the
   * claim's own records are found when the bucket is read back; the clock's, noted now), as the
   * log's own line when that is the record's JSON. The first record that finishes the claim puts
   * its stub in the closing heap, as a claim held.
   */
  private recordSpilled(r: LoggedRecord, lineAbove: number, json: string | undefined): void {
    const id = r.record.claim;
    const closes = closesClaim(r.record);
    const head = recordEntryHead('r', { claim: id, type: r.record.type, closes, file: r.file, line: r.line, at: r.at, eff: r.eff, rank: r.rank }, r.at < lineAbove ? lineAbove : undefined);
    this.spill!.append(id, head, json ?? JSON.stringify(r.record));
    if (!closes || this.spilledClosed.has(id)) return;
    const stub: SpillStub = { spilled: true, id, file: r.file, line: r.line, closedAt: r.eff };
    this.spilledClosed.set(id, stub);
    heapPush(this.closing, { at: r.eff + this.options.tolerance, seq: this.closedSeq++, claim: stub });
    this.judgeClosed();
  }

  /** Spills the idlest open claims (oldest last record, then first opened) until a quarter of `maxHeld` is free. */
  private spillIdlest(): void {
    const max = this.options.maxHeld ?? MAX_HELD;
    const keep = Math.floor((max * 3) / 4);
    const idle = idlestClaims(this.open, this.open.size - keep);
    if (this.spill === null) {
      this.spill = new SpillBuckets(SPILL_BUCKETS, this.options.spillReadBytes ?? SPILL_READ_BYTES);
      this.options.onSpillFolder?.(this.spill.dir);
    }
    for (let i = 0; i < idle.length && this.open.size > keep; i++) {
      const c = idle[i]!;
      this.spill.append(c.id, encodeMark({ k: 'o', c: c.id, u: c.unknownReason, x: c.unreadable }));
      // Its records do not finish it (it is open).
      for (const r of c.records) this.spill.append(c.id, recordEntryHead('d', { claim: c.id, type: r.type, closes: false, file: r.file, line: r.line, at: r.at, eff: r.eff, rank: r.rank }, undefined), heldJson(r));
      this.spilled.add(c.id);
      this.open.delete(c.id);
      this.spilledCount++;
    }
  }

  private openClaim(id: string, unknownReason: string | null): HeldOpenClaim {
    const c: HeldOpenClaim = { id, records: [], unknownReason, unreadable: null, lastAt: Number.NEGATIVE_INFINITY, closedAt: null };
    this.open.set(id, c);
    this.tally.claims++;
    return c;
  }

  /**
   * Judges and drops, a batch at a time, the claims finished before the log's clock moved past
   * them (and the tolerance): a record of the claim dated as its last still joins it.
   */
  private judgeClosed(force = false): void {
    const heap = this.closing;
    while (heap.length > 0 && (force || heap[0]!.at < this.horizon)) this.ready.push(heapPop(heap));
    const waiting = this.ready.length + heap.length;
    if (this.ready.length === 0 || (!force && (waiting < BATCH || this.ready.length < BATCH / 2))) return;
    const ready = this.ready.sort((a, b) => a.seq - b.seq).map((r) => r.claim);
    this.ready = [];
    const held: HeldOpenClaim[] = [];
    for (const c of ready) {
      if (!('spilled' in c)) {
        held.push(c);
        continue;
      }
      // A spilled claim judged now: marked in its bucket, remembered as finished until forgotten.
      this.spill!.append(c.id, encodeMark({ k: 'j', c: c.id, f: c.file, l: c.line }));
      this.finished.rememberStub(c);
    }
    this.judge(held, null);
  }

  private judge(held: readonly HeldOpenClaim[], end: number | null): void {
    for (const c of held) this.open.delete(c.id);
    const claims: OpenClaim[] = held.map(gathered);
    const verdicts = judgeCounted(this.context(), this.tally, claims, end);
    if (end === null) {
      verdicts.forEach((v, i) => {
        const c = claims[i]!;
        const done: Finished = { id: c.id, verdict: v.verdict, closedAt: c.closedAt!, keys: c.records.map((r) => hashOf(r.record)) };
        this.finished.remember(done);
      });
    }
    // The finished claims whose end (and the tolerance) lies `FINISHED_HORIZON_MS` behind the log's clock are forgotten.
    this.finished.forget(this.horizon - this.options.tolerance - FINISHED_HORIZON_MS, (stub) => {
      if (this.spilledClosed.get(stub.id) !== stub) return;
      this.spilledClosed.delete(stub.id);
      this.spill!.append(stub.id, encodeMark({ k: 'f', c: stub.id, f: stub.file, l: stub.line }));
    });
  }

  /**
   * The spilled claims, a bucket at a time (buckets in order; a bucket over `spillReadBytes`, a
   * part of it at a time; in a bucket or part, claims by their first entry), read back as memory
   * would have read them (spill/readBackSpill.ts).
   */
  private readBack(ctx: JudgeContext, end: number | null): void {
    this.tally.readingBack = true;
    const spill = this.spill!;
    const logEnd = end ?? this.horizon;
    for (let b = 0; b < spill.count; b++) for (const part of spill.readParts(b)) readBackPart(ctx, this.tally, part.map(decodeEntry), logEnd);
    this.tally.readingBack = false;
  }

  /** The latest instant read so far (-Infinity before the first record). */
  get latest(): number {
    return this.horizon;
  }

  /**
   * The log was cut short (an interruption): its end is the latest record read, not the
   * header's `until`, so that timers due after the cut are not expected to show.
   */
  cutShort(): void {
    this.headerUntil = null;
  }

  /** The log has ended: every claim still held is judged up to its end; the result. */
  finish(logs: readonly string[]): AuditResult {
    const ctx = this.context();
    const t = this.tally;
    const end = this.headerUntil ?? (this.horizon === Number.NEGATIVE_INFINITY ? null : this.horizon);
    this.judgeClosed(true);
    const still = [...this.open.values()];
    for (let k = 0; k < still.length; k += BATCH) this.judge(still.slice(k, k + BATCH), end ?? Math.max(...still.map((c) => c.lastAt)));
    if (this.spill !== null) {
      try {
        this.readBack(ctx, end);
      } finally {
        this.spill.remove();
      }
      t.keepFirstFindings();
    }
    const fileIndex = new Map(this.options.files.map((f, i) => [f, i]));
    const where = (f: string | null, l: number | null): [number, number] => [f === null ? Infinity : fileIndex.get(f)!, l ?? Infinity];
    const violating = t.violating.slice().sort((a, b) => {
      const [fa, la] = where(a.file, a.line);
      const [fb, lb] = where(b.file, b.line);
      return fa - fb || la - lb || (a.claim < b.claim ? -1 : a.claim > b.claim ? 1 : 0);
    });
    const from = this.headerFrom ?? (this.first === Number.POSITIVE_INFINITY ? null : this.first);
    return {
      format: 'claimsim-audit',
      version: 1,
      logs,
      policy: { source: this.policySource, timezone: this.policy.timezone, value: { ...this.policy } as Record<string, unknown> },
      toleranceMs: this.options.tolerance,
      period: { from: from === null ? null : formatInstant(from, ctx.calendar), until: end === null ? null : formatInstant(end, ctx.calendar) },
      lines: this.lines,
      records: this.records,
      skippedLines: t.skippedLines,
      unknownRecordTypes: Object.fromEntries([...t.unknownTypes].sort(([a], [b]) => (a < b ? -1 : 1))),
      claims: t.claims,
      verdicts: { ...t.verdicts },
      openAtEnd: t.openAtEnd,
      toleranceUsed: t.toleranceUsed,
      violationsByRule: Object.fromEntries([...t.byRule].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1))),
      findings: Object.fromEntries(FINDING_CLASSES.map((k) => [k, t.findings[k]])) as Record<FindingClass, number>,
      violating,
      unknown: t.unknown.slice().sort((a, b) => (a.claim < b.claim ? -1 : a.claim > b.claim ? 1 : 0)),
      findingExamples: t.findingExamples,
      skipped: t.skipped,
      limits: { listed: LISTED },
      byWeek: Object.fromEntries([...t.byWeek].sort(([a], [b]) => (a < b ? -1 : 1)).map(([w, n]) => [w, { ...n }])),
      slowestTimers: t.lags
        .sort(byLag)
        .slice(0, LAGS_LISTED)
        .map((l) => ({ claim: l.claim, type: l.type, file: this.options.files[l.file]!, line: l.line, due: formatInstant(l.eff, ctx.calendar), at: formatInstant(l.at, ctx.calendar), lagMs: l.at - l.eff })),
    };
  }
}
