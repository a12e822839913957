import type { ClaimVerdict } from '../AuditViolation.js';
import type { AuditTally } from '../AuditTally.js';
import { type Finished, type HeldOpenClaim, type HeldRecord, type OpenClaim, gathered, loggedRecord } from '../HeldClaim.js';
import { type JudgeContext, when } from '../JudgeContext.js';
import { BATCH, judgeClaims } from '../judgeClaim.js';
import { hashOf, heldRepeats } from '../recordKeys.js';
import type { SpillEntry } from './spillEntry.js';

/** A spilled claim judged where its mark says (its verdict set once its batch is judged), and the records of it that came after. */
interface JudgedSpill {
  readonly claim: HeldOpenClaim;
  readonly done: Finished;
  readonly after: HeldRecord[];
}

/** Claims judged, counted and tallied: their verdicts. */
export function judgeCounted(ctx: JudgeContext, tally: AuditTally, claims: readonly OpenClaim[], end: number | null): ClaimVerdict[] {
  const verdicts = judgeClaims(ctx, claims, end);
  verdicts.forEach((v, i) => {
    tally.count(v);
    tally.tally(ctx, claims[i]!, v);
  });
  return verdicts;
}

/**
 * One part of a spill bucket read back: each claim's entries in the order they came (claims by
 * their first entry), read as memory would have read them (duplicates and lines out of order
 * against its own records; judged where its mark says it was, then a record after that as after
 * a finished claim; forgotten where its mark says), and a claim still open at the log's end
 * judged up to it, as the claims held are. Spilled claims are never remembered: the log has ended.
 */
export function readBackPart(ctx: JudgeContext, tally: AuditTally, part: readonly SpillEntry[], logEnd: number): void {
  const byClaim = new Map<string, SpillEntry[]>();
  for (const e of part) {
    const list = byClaim.get(e.c);
    if (list === undefined) byClaim.set(e.c, [e]);
    else list.push(e);
  }
  const atEnd: { claim: HeldOpenClaim; end: number | null }[] = [];
  const judged: JudgedSpill[] = [];
  for (const [id, entries] of byClaim) {
    const left = replaySpilled(ctx, tally, id, entries, judged);
    if (left !== null) atEnd.push({ claim: left, end: left.closedAt === null ? logEnd : null });
  }
  byClaim.clear();
  // The claims judged where their marks say, a batch at a time; then the records that came after each, in order.
  for (let k = 0; k < judged.length; k += BATCH) {
    const group = judged.slice(k, k + BATCH);
    judgeCounted(
      ctx,
      tally,
      group.map((j) => gathered(j.claim)),
      null,
    ).forEach((v, i) => (group[i]!.done.verdict = v.verdict));
  }
  for (const j of judged) {
    if (j.after.length === 0) continue;
    // Its records' keys, for a record of it that came after (most spilled claims have none).
    j.done.keys = j.claim.records.map((r) => hashOf(loggedRecord(r).record));
    for (const r of j.after) tally.afterFinish(ctx, j.done, loggedRecord(r));
  }
  for (const finished of [false, true]) {
    const group = atEnd.filter((x) => (x.end === null) === finished).map((x) => x.claim);
    for (let k = 0; k < group.length; k += BATCH) judgeCounted(ctx, tally, group.slice(k, k + BATCH).map(gathered), finished ? null : logEnd);
  }
}

/** One spilled claim's entries read back in order: its judged instances added to `judged`; the claim left held at the log's end, or null. */
function replaySpilled(ctx: JudgeContext, tally: AuditTally, id: string, entries: readonly SpillEntry[], judged: JudgedSpill[]): HeldOpenClaim | null {
  let cur: HeldOpenClaim | null = null;
  let done: JudgedSpill | null = null;
  let closing: { file: number; line: number } | null = null;
  const fresh = (reason: string | null): HeldOpenClaim => {
    tally.claims++;
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
        if (heldRepeats(cur.records, r)) {
          tally.finding('duplicate', id, r.file, r.line, `${r.type} at ${when(ctx, r.at)} repeats a record of the claim already read`);
          break;
        }
        if (r.at < cur.lastAt) tally.finding('out_of_order', id, r.file, r.line, `${r.type} at ${when(ctx, r.at)} comes after a record of the claim dated ${when(ctx, cur.lastAt)}`);
        else if (e.g !== undefined) tally.finding('clock_regression', id, r.file, r.line, `${r.type} is dated ${when(ctx, r.at)}, before the line above it (${when(ctx, e.g)})`);
        cur.lastAt = Math.max(cur.lastAt, r.at);
        cur.records.push(r);
        if (cur.closedAt === null && e.closes) {
          cur.closedAt = r.eff;
          closing = { file: r.file, line: r.line };
        }
        break;
      }
      case 'j':
        if (cur === null || closing === null || closing.file !== e.f || closing.line !== e.l) break;
        done = { claim: cur, done: { id, verdict: 'conforms', closedAt: cur.closedAt!, keys: [] }, after: [] };
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
