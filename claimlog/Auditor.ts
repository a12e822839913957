import { type Policy, isTerminal, type ClaimStatus, civilFromDays, daysFromCivil } from '../engine/index.js';
import { type FindingClass, type Finding, type SkippedLine, type AuditResult, type ViolatingClaim, FINDING_CLASSES } from './AuditResult.js';
import type { ClaimVerdict, VerdictKind } from './AuditViolation.js';
import { type JudgeContext, judgedInstant, judgeContext, place, when } from './JudgeContext.js';
import { type GatheredClaim, judgeClaims } from './judgeClaim.js';
import { type LogRecord, isTimerRecord, CLAIM_RECORDS } from './LogRecord.js';
import type { LoggedRecord } from './LoggedRecord.js';
import { formatInstant } from './formatInstant.js';
import { type ParsedLine, isLineJson } from './parseLogLine.js';
import { parseIsoInstant } from './parseIsoInstant.js';
import { BloomFilter } from './spill/BloomFilter.js';
import { SPILL_BUCKETS, SPILL_READ_BYTES, SpillBuckets } from './spill/SpillBuckets.js';
import { type SpillEntry, decodeEntry, encodeMark, encodeRecordEntry } from './spill/spillEntry.js';

/**
 * How long (log time) the audit remembers a finished claim after the record that finished it
 * (and the tolerance), to judge a record of it that comes later: support contacted (allowed),
 * any other action (R3), a duplicate. The log's clock is its latest record's instant. A record
 * of a claim forgotten so opens a claim the log never shows opened: unknown, never conforming.
 */
export const FINISHED_HORIZON_MS = 7 * 86_400_000;
/** How many finished claims are judged together (one engine and one checker for them all). */
export const BATCH = 512;
/** How many violating claims, unknown claims, findings and skipped lines the result lists (all are counted). */
export const LISTED = 1000;
/** How many of the latest timer records within the tolerance the result lists. */
export const LAGS_LISTED = 20;
/**
 * How many claims the audit holds in memory before it spills the idlest open ones (oldest last
 * record by log time) to bucket files (docs/performance.md, The audit): a log that never holds
 * more is audited wholly in memory.
 */
export const MAX_HELD = 20_000;

interface OpenClaim extends GatheredClaim {
  lastAt: number;
  /** The judged instant of the record that finished it, or null while open. */
  closedAt: number | null;
}

interface Finished {
  readonly id: string;
  verdict: VerdictKind;
  closedAt: number;
  /** Its records' keys, hashed: enough to tell a duplicate, at a few bytes a record. */
  keys: number[];
}

/**
 * A spilled claim's place in memory once a record finishes it: it waits in the closing heap and
 * then among the finished ones as a claim held would, and marks in its bucket when it would have
 * been judged and forgotten, so that reading the bucket back judges it as memory would have.
 */
interface SpillStub {
  readonly spilled: true;
  readonly id: string;
  /** The record that finished it (its file and line): the marks name it. */
  readonly file: number;
  readonly line: number;
  readonly closedAt: number;
}

/** A finished claim waiting for the log's clock to pass its end and the tolerance: by that instant, then in finishing order. */
interface Closing {
  readonly at: number;
  readonly seq: number;
  readonly claim: OpenClaim | SpillStub;
}

/** A spilled claim judged where its mark says (its verdict set once its batch is judged), and the records of it that came after. */
interface JudgedSpill {
  readonly claim: OpenClaim;
  readonly done: Finished;
  readonly after: LoggedRecord[];
}

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
 * the log's end) and then dropped. Memory holds the claims open at a time, and the finished
 * ones of the last `FINISHED_HORIZON_MS` of log time (their verdict and their records' hashes).
 */
export class Auditor {
  private ctx: JudgeContext | null = null;
  private policySource: 'option' | 'header' | 'default';
  private policy: Policy;
  private readonly open = new Map<string, OpenClaim>();
  private readonly finished = new Map<string, Finished>();
  /** The finished claims in the order they were judged (forgotten from the front). */
  private finishedOrder: (Finished | SpillStub)[] = [];
  private finishedFront = 0;
  /** Finished claims not yet past the tolerance (a heap by `at`), and those past it, waiting for their batch. */
  private readonly closing: Closing[] = [];
  private ready: Closing[] = [];
  private closedSeq = 0;
  private horizon = Number.NEGATIVE_INFINITY;
  private first = Number.POSITIVE_INFINITY;
  private lastLineAt = Number.NEGATIVE_INFINITY;
  private headerFrom: number | null = null;
  private headerUntil: number | null = null;
  private lines = 0;
  private records = 0;
  private claims = 0;
  private skippedLines = 0;
  private toleranceUsed = 0;
  private openAtEnd = 0;
  private readonly unknownTypes = new Map<string, number>();
  private readonly verdicts: Record<VerdictKind, number> = { conforms: 0, violates: 0, unknown: 0 };
  private readonly byRule = new Map<string, number>();
  private readonly findings: Record<FindingClass, number> = { duplicate: 0, out_of_order: 0, clock_regression: 0 };
  private readonly findingExamples: Finding[] = [];
  private readonly violating: ViolatingClaim[] = [];
  private readonly unknown: { claim: string; reason: string }[] = [];
  private readonly skipped: SkippedLine[] = [];
  private readonly byWeek = new Map<string, Record<VerdictKind, number>>();
  private lags: { claim: string; type: string; file: number; line: number; eff: number; at: number }[] = [];
  /** The spill, once memory held more than `maxHeld` claims: bucket files and the filter of the claims in them. */
  private spill: SpillBuckets | null = null;
  private readonly spilled = new BloomFilter();
  /** Spilled claims finished (and not yet forgotten): their stub in the heap or the finished list. */
  private readonly spilledClosed = new Map<string, SpillStub>();
  private readingBack = false;
  private peakSpilled = 0;
  private spilledCount = 0;

  constructor(private readonly options: AuditorOptions) {
    this.policy = options.policy ?? options.defaultPolicy;
    this.policySource = options.policy !== undefined ? 'option' : 'default';
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
        this.unknownTypes.set(parsed.type, (this.unknownTypes.get(parsed.type) ?? 0) + 1);
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
    this.skippedLines++;
    const s = { file: this.options.files[file]!, line, problem };
    if (this.skipped.length < LISTED) this.skipped.push(s);
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
    const logged = { record, file, line, at, eff: timer ? judgedInstant(ctx, at) : at, rank: timer ? 0 : 1 } as const;
    let c = this.open.get(record.claim);
    if (c === undefined) {
      const done = this.finished.get(record.claim);
      if (done !== undefined) return this.afterFinish(ctx, done, logged);
      if (this.spill !== null && this.spilled.has(record.claim)) return this.recordSpilled(logged, lineAbove, text !== undefined && isLineJson(record) ? text : undefined);
      c = this.openClaim(record.claim, null);
    } else if (repeats(c, record)) {
      this.finding('duplicate', record.claim, file, line, `${record.type} at ${when(ctx, at)} repeats a record of the claim already read`);
      return;
    }
    if (at < c.lastAt) this.finding('out_of_order', record.claim, file, line, `${record.type} at ${when(ctx, at)} comes after a record of the claim dated ${when(ctx, c.lastAt)}`);
    else if (at < lineAbove) this.finding('clock_regression', record.claim, file, line, `${record.type} is dated ${when(ctx, at)}, before the line above it (${when(ctx, lineAbove)})`);
    c.lastAt = Math.max(c.lastAt, at);
    c.records.push(logged);
    if (c.closedAt === null && closes(record)) {
      c.closedAt = logged.eff;
      heapPush(this.closing, { at: logged.eff + this.options.tolerance, seq: this.closedSeq++, claim: c });
    }
    this.judgeClosed();
    if (this.open.size > (this.options.maxHeld ?? MAX_HELD)) this.spillIdlest();
  }

  /**
   * A record of a claim that may be spilled: appended to its bucket (its findings against the
   * claim's own records are found when the bucket is read back; the clock's, noted now). The
   * first record that finishes the claim puts its stub in the closing heap, as a claim held.
   */
  private recordSpilled(r: LoggedRecord, lineAbove: number, json: string | undefined): void {
    const id = r.record.claim;
    this.spill!.append(id, encodeRecordEntry('r', r, r.at < lineAbove ? lineAbove : undefined, json));
    if (!closes(r.record) || this.spilledClosed.has(id)) return;
    const stub: SpillStub = { spilled: true, id, file: r.file, line: r.line, closedAt: r.eff };
    this.spilledClosed.set(id, stub);
    heapPush(this.closing, { at: r.eff + this.options.tolerance, seq: this.closedSeq++, claim: stub });
    this.judgeClosed();
  }

  /** Spills the idlest open claims (oldest last record, then first opened) until a quarter of `maxHeld` is free. */
  private spillIdlest(): void {
    const max = this.options.maxHeld ?? MAX_HELD;
    const keep = Math.floor((max * 3) / 4);
    const idle = [...this.open.values()].filter((c) => c.closedAt === null).sort((a, b) => a.lastAt - b.lastAt);
    if (this.spill === null) {
      this.spill = new SpillBuckets(SPILL_BUCKETS, this.options.spillReadBytes ?? SPILL_READ_BYTES);
      this.options.onSpillFolder?.(this.spill.dir);
    }
    for (let i = 0; i < idle.length && this.open.size > keep; i++) {
      const c = idle[i]!;
      this.spill.append(c.id, encodeMark({ k: 'o', c: c.id, u: c.unknownReason, x: c.unreadable }));
      for (const r of c.records) this.spill.append(c.id, encodeRecordEntry('d', r, undefined));
      this.spilled.add(c.id);
      this.open.delete(c.id);
      this.spilledCount++;
    }
    this.peakSpilled = Math.max(this.peakSpilled, this.spilledCount);
  }

  private openClaim(id: string, unknownReason: string | null): OpenClaim {
    const c: OpenClaim = { id, records: [], unknownReason, unreadable: null, lastAt: Number.NEGATIVE_INFINITY, closedAt: null };
    this.open.set(id, c);
    this.claims++;
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
    const held: OpenClaim[] = [];
    for (const c of ready) {
      if (!('spilled' in c)) {
        held.push(c);
        continue;
      }
      // A spilled claim judged now: marked in its bucket, remembered as finished until forgotten.
      this.spill!.append(c.id, encodeMark({ k: 'j', c: c.id, f: c.file, l: c.line }));
      this.finishedOrder.push(c);
    }
    this.judge(held, null);
  }

  private judge(claims: readonly OpenClaim[], end: number | null): void {
    for (const c of claims) this.open.delete(c.id);
    const verdicts = judgeClaims(this.context(), claims, end);
    verdicts.forEach((v, i) => {
      this.count(v);
      this.tally(claims[i]!, v);
      if (end !== null) return;
      const c = claims[i]!;
      const done: Finished = { id: c.id, verdict: v.verdict, closedAt: c.closedAt!, keys: c.records.map((r) => hashOf(r.record)) };
      this.finished.set(c.id, done);
      this.finishedOrder.push(done);
    });
    this.forget();
  }

  /** Forgets the finished claims whose end (and the tolerance) lies `FINISHED_HORIZON_MS` behind the log's clock. */
  private forget(): void {
    const order = this.finishedOrder;
    const before = this.horizon - this.options.tolerance - FINISHED_HORIZON_MS;
    while (this.finishedFront < order.length && order[this.finishedFront]!.closedAt < before) {
      const done = order[this.finishedFront++]!;
      if ('spilled' in done) {
        if (this.spilledClosed.get(done.id) !== done) continue;
        this.spilledClosed.delete(done.id);
        this.spill!.append(done.id, encodeMark({ k: 'f', c: done.id, f: done.file, l: done.line }));
      } else if (this.finished.get(done.id) === done) this.finished.delete(done.id);
    }
    if (this.finishedFront > 4096 && this.finishedFront * 2 > order.length) {
      this.finishedOrder = order.slice(this.finishedFront);
      this.finishedFront = 0;
    }
  }

  /** The claim's verdict by the ISO week of its opening, and its timer records that used the tolerance. */
  private tally(c: OpenClaim, v: ClaimVerdict): void {
    const opened = c.records.find((r) => r.record.type === 'claim_opened');
    if (opened !== undefined) {
      const week = isoWeek(this.context().calendar.dayOf(opened.at));
      const n = this.byWeek.get(week) ?? { conforms: 0, violates: 0, unknown: 0 };
      n[v.verdict]++;
      this.byWeek.set(week, n);
    }
    for (const r of c.records) if (r.eff !== r.at) this.lags.push({ claim: c.id, type: r.record.type, file: r.file, line: r.line, eff: r.eff, at: r.at });
    if (this.lags.length > LAGS_LISTED * 8) this.lags = this.lags.sort(byLag).slice(0, LAGS_LISTED);
  }

  private count(v: ClaimVerdict): void {
    this.verdicts[v.verdict]++;
    this.toleranceUsed += v.toleranceUsed;
    if (v.openAtEnd) this.openAtEnd++;
    if (v.verdict === 'unknown' && this.unknown.length < LISTED) this.unknown.push({ claim: v.claim, reason: v.unknownReason! });
    if (v.verdict !== 'violates') return;
    for (const rule of new Set(v.violations.map((x) => x.rule))) this.byRule.set(rule, (this.byRule.get(rule) ?? 0) + 1);
    if (this.violating.length >= LISTED) return;
    const first = v.violations[0]!;
    const file = (i: number | null): string | null => (i === null ? null : this.options.files[i]!);
    this.violating.push({
      claim: v.claim,
      rule: first.rule,
      file: file(first.file),
      line: first.line,
      message: first.message,
      violations: v.violations.map((x) => ({ ...x, file: file(x.file) })),
    });
  }

  /** A record of a claim already judged: support may be contacted on a closed claim (R3); anything else reopens nothing and violates R3. */
  private afterFinish(ctx: JudgeContext, done: Finished, r: { record: LogRecord; file: number; line: number; at: number }): void {
    const hash = hashOf(r.record);
    if (done.keys.includes(hash)) {
      this.finding('duplicate', r.record.claim, r.file, r.line, `${r.record.type} at ${when(ctx, r.at)} repeats a record of the claim already read`);
      return;
    }
    done.keys.push(hash);
    if (r.record.type === 'support_contacted' || done.verdict === 'violates') return;
    if (done.verdict === 'conforms') this.verdicts.conforms--;
    else this.verdicts.unknown--;
    done.verdict = 'violates';
    const message = `R3: the claim closed at ${when(ctx, done.closedAt)}; the log shows ${r.record.type} at ${when(ctx, r.at)} (${place(ctx, r.file, r.line)}), and a closed claim takes no action but support`;
    this.count({ claim: r.record.claim, verdict: 'violates', violations: [{ rule: 'R3', reading: 'replay', file: r.file, line: r.line, message }], unknownReason: null, toleranceUsed: 0, openAtEnd: false });
    const i = this.unknown.findIndex((u) => u.claim === r.record.claim);
    if (i >= 0) this.unknown.splice(i, 1);
  }

  private finding(cls: FindingClass, claim: string, file: number, line: number, message: string): void {
    this.findings[cls]++;
    if (this.findingExamples.length < LISTED || this.readingBack) this.findingExamples.push({ class: cls, claim, file: this.options.files[file]!, line, message });
    if (this.findingExamples.length > 4 * LISTED) this.keepFirstFindings();
  }

  /** The findings listed: the first `LISTED` by place in the log (as they are read, when nothing was spilled). */
  private keepFirstFindings(): void {
    const index = new Map(this.options.files.map((f, i) => [f, i]));
    const sorted = this.findingExamples.slice().sort((a, b) => index.get(a.file)! - index.get(b.file)! || a.line - b.line).slice(0, LISTED);
    this.findingExamples.length = 0;
    this.findingExamples.push(...sorted);
  }

  /**
   * The spilled claims, a bucket at a time (buckets in order; a bucket over `spillReadBytes`, a
   * part of it at a time; in a bucket or part, claims by their first entry): each claim's entries in the order they came, read as memory would have read them
   * (duplicates and lines out of order against its own records; judged where its mark says it
   * was, then a record after that as after a finished claim; forgotten where its mark says), and
   * a claim still open at the log's end judged up to it, as the claims held are.
   */
  private readBack(ctx: JudgeContext, end: number | null): void {
    this.readingBack = true;
    const spill = this.spill!;
    const logEnd = end ?? this.horizon;
    for (let b = 0; b < spill.count; b++) for (const part of spill.readParts(b)) this.readBackPart(ctx, part.map(decodeEntry), logEnd);
    this.readingBack = false;
  }

  /** One part of a spill bucket read back: its claims replayed, judged where their marks say, and those still open judged up to the log's end. */
  private readBackPart(ctx: JudgeContext, part: readonly SpillEntry[], logEnd: number): void {
    const byClaim = new Map<string, SpillEntry[]>();
    for (const e of part) {
      const list = byClaim.get(e.c);
      if (list === undefined) byClaim.set(e.c, [e]);
      else list.push(e);
    }
    const atEnd: { claim: OpenClaim; end: number | null }[] = [];
    const judged: JudgedSpill[] = [];
    for (const [id, entries] of byClaim) {
      const left = this.replaySpilled(ctx, id, entries, judged);
      if (left !== null) atEnd.push({ claim: left, end: left.closedAt === null ? logEnd : null });
    }
    byClaim.clear();
    // The claims judged where their marks say, a batch at a time; then the records that came after each, in order.
    for (let k = 0; k < judged.length; k += BATCH) {
      const group = judged.slice(k, k + BATCH);
      this.judgeSpilled(ctx, group.map((j) => j.claim), null).forEach((v, i) => (group[i]!.done.verdict = v.verdict));
    }
    for (const j of judged) for (const r of j.after) this.afterFinish(ctx, j.done, r);
    for (const finished of [false, true]) {
      const group = atEnd.filter((x) => (x.end === null) === finished).map((x) => x.claim);
      for (let k = 0; k < group.length; k += BATCH) this.judgeSpilled(ctx, group.slice(k, k + BATCH), finished ? null : logEnd);
    }
  }

  /** One spilled claim's entries read back in order: its judged instances added to `judged`; the claim left held at the log's end, or null. */
  private replaySpilled(ctx: JudgeContext, id: string, entries: readonly SpillEntry[], judged: JudgedSpill[]): OpenClaim | null {
    let cur: OpenClaim | null = null;
    let done: JudgedSpill | null = null;
    let closing: { file: number; line: number } | null = null;
    const fresh = (reason: string | null): OpenClaim => {
      this.claims++;
      closing = null;
      return { id, records: [], unknownReason: reason, unreadable: null, lastAt: Number.NEGATIVE_INFINITY, closedAt: null };
    };
    for (const e of entries) {
      switch (e.k) {
        case 'o':
          cur = { id, records: [], unknownReason: e.u, unreadable: e.x, lastAt: Number.NEGATIVE_INFINITY, closedAt: null };
          break;
        case 'd':
          cur!.records.push(e.r);
          cur!.lastAt = Math.max(cur!.lastAt, e.r.at);
          break;
        case 'r': {
          const r = e.r;
          if (done !== null) {
            done.after.push(r);
            break;
          }
          cur ??= fresh(null);
          if (repeats(cur, r.record)) {
            this.finding('duplicate', id, r.file, r.line, `${r.record.type} at ${when(ctx, r.at)} repeats a record of the claim already read`);
            break;
          }
          if (r.at < cur.lastAt) this.finding('out_of_order', id, r.file, r.line, `${r.record.type} at ${when(ctx, r.at)} comes after a record of the claim dated ${when(ctx, cur.lastAt)}`);
          else if (e.g !== undefined) this.finding('clock_regression', id, r.file, r.line, `${r.record.type} is dated ${when(ctx, r.at)}, before the line above it (${when(ctx, e.g)})`);
          cur.lastAt = Math.max(cur.lastAt, r.at);
          cur.records.push(r);
          if (cur.closedAt === null && closes(r.record)) {
            cur.closedAt = r.eff;
            closing = { file: r.file, line: r.line };
          }
          break;
        }
        case 'j':
          if (cur === null || closing === null || closing.file !== e.f || closing.line !== e.l) break;
          done = { claim: cur, done: { id, verdict: 'conforms', closedAt: cur.closedAt!, keys: cur.records.map((r) => hashOf(r.record)) }, after: [] };
          judged.push(done);
          cur = null;
          break;
        case 'f':
          if (done !== null && closing !== null && closing.file === e.f && closing.line === e.l) done = null;
          break;
        case 'u':
          if (cur !== null) {
            cur.unknownReason ??= e.reason;
            cur.unreadable ??= { file: e.f, line: e.l };
          } else if (done === null) {
            cur = fresh(e.reason);
            cur.unreadable = { file: e.f, line: e.l };
          }
          break;
        default: {
          const unreachable: never = e;
          throw new Error(`unknown spill entry ${JSON.stringify(unreachable)}`);
        }
      }
    }
    return cur;
  }

  /** Spilled claims judged as held ones are (counted and tallied), never remembered: the log has ended. */
  private judgeSpilled(ctx: JudgeContext, claims: readonly OpenClaim[], end: number | null): ClaimVerdict[] {
    const verdicts = judgeClaims(ctx, claims, end);
    verdicts.forEach((v, i) => {
      this.count(v);
      this.tally(claims[i]!, v);
    });
    return verdicts;
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
      this.keepFirstFindings();
    }
    const fileIndex = new Map(this.options.files.map((f, i) => [f, i]));
    const where = (f: string | null, l: number | null): [number, number] => [f === null ? Infinity : fileIndex.get(f)!, l ?? Infinity];
    const violating = this.violating.slice().sort((a, b) => {
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
      skippedLines: this.skippedLines,
      unknownRecordTypes: Object.fromEntries([...this.unknownTypes].sort(([a], [b]) => (a < b ? -1 : 1))),
      claims: this.claims,
      verdicts: { ...this.verdicts },
      openAtEnd: this.openAtEnd,
      toleranceUsed: this.toleranceUsed,
      violationsByRule: Object.fromEntries([...this.byRule].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1))),
      findings: Object.fromEntries(FINDING_CLASSES.map((k) => [k, this.findings[k]])) as Record<FindingClass, number>,
      violating,
      unknown: this.unknown.slice().sort((a, b) => (a.claim < b.claim ? -1 : a.claim > b.claim ? 1 : 0)),
      findingExamples: this.findingExamples,
      skipped: this.skipped,
      limits: { listed: LISTED },
      byWeek: Object.fromEntries([...this.byWeek].sort(([a], [b]) => (a < b ? -1 : 1)).map(([w, n]) => [w, { ...n }])),
      slowestTimers: this.lags
        .sort(byLag)
        .slice(0, LAGS_LISTED)
        .map((l) => ({ claim: l.claim, type: l.type, file: this.options.files[l.file]!, line: l.line, due: formatInstant(l.eff, ctx.calendar), at: formatInstant(l.at, ctx.calendar), lagMs: l.at - l.eff })),
    };
  }
}

/** The largest lag first; then by place in the log. */
function byLag(a: { file: number; line: number; eff: number; at: number }, b: { file: number; line: number; eff: number; at: number }): number {
  return b.at - b.eff - (a.at - a.eff) || a.file - b.file || a.line - b.line;
}

/** The ISO 8601 week of a day number: `2024-W32` (weeks start on Monday; week 1 holds the year's first Thursday). */
export function isoWeek(day: number): string {
  // Day 0 (1970-01-01) was a Thursday: Monday is 0.
  const weekday = (((day + 3) % 7) + 7) % 7;
  const thursday = day - weekday + 3;
  const year = civilFromDays(thursday).year;
  const week = Math.floor((thursday - daysFromCivil(year, 1, 1)) / 7) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** Whether a record finishes its claim: it opens terminal, or leaves it terminal. */
function closes(r: LogRecord): boolean {
  switch (r.type) {
    case 'claim_opened':
      return r.status !== undefined && isTerminal(r.status as ClaimStatus);
    case 'status_changed':
      return isTerminal(r.to as ClaimStatus);
    case 'withdrawal_accepted':
    case 'withdrawal_timed_out':
      return true;
    default:
      return false;
  }
}

/** Whether the claim already holds this record (its type and every known field the same): a duplicate. */
function repeats(c: OpenClaim, record: LogRecord): boolean {
  let key: string | null = null;
  for (const held of c.records) {
    const r = held.record;
    if (r.type !== record.type || r.at !== record.at) continue;
    key ??= keyOf(record);
    if (keyOf(r) === key) return true;
  }
  return false;
}

/** The record's known fields, in the format's order: two records with the same key are one record read twice. */
function keyOf(r: LogRecord): string {
  const fields = r as Record<string, unknown>;
  return JSON.stringify(KEYS[r.type].map((k) => fields[k] ?? null));
}

/** Each record type's known fields, in the format's order (read once, not per record). */
const KEYS = Object.fromEntries(Object.entries(CLAIM_RECORDS).map(([type, schema]) => [type, Object.keys(schema.shape)])) as Record<LogRecord['type'], string[]>;

/** FNV-1a, 32 bits, of text, from `h`. */
function fnv(h: number, text: string): number {
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h;
}

/**
 * A record's known fields hashed, FNV-1a 32 bits, field by field (no key string built): a
 * finished claim's records kept small (a false duplicate needs two of its few records to collide).
 */
function hashOf(r: LogRecord): number {
  const fields = r as Record<string, unknown>;
  let h = 0x811c9dc5;
  for (const k of KEYS[r.type]) {
    const v = fields[k];
    // A separator of its own for each kind of value, so that "1" and 1, or null and absent, differ as in the key.
    if (typeof v === 'string') h = fnv(Math.imul(h ^ 1, 0x01000193), v);
    else if (v === undefined || v === null) h = Math.imul(h ^ 2, 0x01000193);
    else h = fnv(Math.imul(h ^ 3, 0x01000193), JSON.stringify(v));
  }
  return h >>> 0;
}

/** A binary min-heap of closing claims by instant, then by finishing order. */
function before(a: Closing, b: Closing): boolean {
  return a.at < b.at || (a.at === b.at && a.seq < b.seq);
}

function heapPush(heap: Closing[], x: Closing): void {
  let i = heap.push(x) - 1;
  while (i > 0) {
    const up = (i - 1) >> 1;
    if (!before(x, heap[up]!)) break;
    heap[i] = heap[up]!;
    i = up;
  }
  heap[i] = x;
}

function heapPop(heap: Closing[]): Closing {
  const top = heap[0]!;
  const last = heap.pop()!;
  if (heap.length === 0) return top;
  let i = 0;
  for (;;) {
    const l = 2 * i + 1;
    if (l >= heap.length) break;
    const r = l + 1;
    const m = r < heap.length && before(heap[r]!, heap[l]!) ? r : l;
    if (!before(heap[m]!, last)) break;
    heap[i] = heap[m]!;
    i = m;
  }
  heap[i] = last;
  return top;
}
