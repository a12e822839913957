import type { Instant } from './Calendar.js';

/** A scheduled timer's handle: its place in the order of scheduling. */
export type TimerId = number;

const SEQ_SPAN = 2 ** 45;
/** The default grain of the day buckets: every zone's midnight is on a quarter hour. */
const QUARTER_HOUR = 15 * 60 * 1000;
/** A heap entry that is a bucket (its `aux` is the bucket's number). */
const BUCKET: unique symbol = Symbol('bucket');

/** Timers due at one (due, priority), in the order scheduled; `head` is the next to fire. */
interface Bucket<T> {
  readonly key: number;
  head: number;
  readonly payloads: T[];
  readonly auxes: number[];
}

/** One number per (due, priority) with a bucket; -1 when the pair gets none (an odd priority, a due out of range). */
function bucketKey(due: number, priority: number): number {
  if (!(due >= 0 && Number.isInteger(priority) && priority >= 0 && priority < 256)) return -1;
  const k = due * 256 + priority;
  return Number.isSafeInteger(k) ? k : -1;
}

/** More timers fired in one advance than its cap allows: most likely a timer that keeps scheduling itself. */
export class TimerLoopError<T> extends Error {
  constructor(
    readonly maxFirings: number,
    /** The timer that would have gone over the cap, its due time and its number. */
    readonly payload: T,
    readonly due: Instant,
    readonly aux: number,
  ) {
    super(`more than ${maxFirings} timers fired in one advance: a timer loop?`);
  }
}

/**
 * A deterministic virtual clock with a timer queue ordered by (due time, priority,
 * insertion sequence): timers due at the same instant fire in a defined order. A timer cannot
 * be cancelled: its owner ignores it when it fires (a stale deadline decides nothing).
 * It knows nothing of the rules: firing a timer hands its payload to the caller, with the
 * number scheduled beside it (`aux`), so that a caller with many timers can share one payload
 * and tell them apart by the number instead of allocating an object per timer.
 *
 * Inside, two shapes share one binary heap kept in parallel arrays (no object per timer):
 * - a timer due at an instant off the grain (an agent's move at 14:03:27.118) is one heap entry;
 * - timers due on the grain (every deadline, cooldown end and reminder lands on 00:00 in the
 *   policy's zone, and every zone's midnight is on a quarter hour) go into a day bucket: one
 *   first-in, first-out list per (due, priority), which is one heap entry. Scheduling into a
 *   bucket that exists and firing from one are O(1); the heap holds one entry per midnight
 *   instead of one per deadline, and a timer in a bucket costs two array slots instead of four.
 *   A bucket's entries were scheduled in sequence order, and no other entry shares its (due,
 *   priority), so the (time, priority, sequence) order is the same as if each timer were its own
 *   entry.
 */
export class VirtualClock<T> {
  private nowMs: Instant;
  private readonly grain: number;
  private readonly at: number[] = [];
  private readonly key: number[] = [];
  /** A timer's payload, or `BUCKET` for a bucket's entry (then `aux` is the bucket's number). */
  private readonly payload: (T | typeof BUCKET)[] = [];
  private readonly aux: number[] = [];
  /** The open buckets, by (due, priority) (`bucketKey`), and by number. */
  private readonly bucketOf = new Map<number, number>();
  private readonly buckets: (Bucket<T> | undefined)[] = [];
  private readonly freeBuckets: number[] = [];
  private queued = 0;
  private seq = 0;
  private firing = false;

  /**
   * `grain`: the instants that get a bucket are its multiples (default a quarter hour, so that
   * every midnight of every zone in use does). Any grain gives the same firing order.
   */
  constructor(start: Instant, grain = QUARTER_HOUR) {
    if (!Number.isFinite(start)) throw new Error(`the clock needs a finite start instant, got ${start}`);
    if (!(Number.isSafeInteger(grain) && grain > 0)) throw new Error(`the clock's grain must be a whole number of milliseconds above 0, got ${grain}`);
    this.nowMs = start;
    this.grain = grain;
  }

  get now(): Instant {
    return this.nowMs;
  }

  /** Timers still queued. */
  get size(): number {
    return this.queued;
  }

  /** The due time of the next timer, if any. */
  peek(): Instant | undefined {
    return this.at.length ? this.at[0] : undefined;
  }

  /**
   * Schedules `payload` at instant `due` (not before now), with a number `aux` handed back
   * beside it when it fires. Lower priority fires first at equal times.
   */
  schedule(due: Instant, payload: T, priority = 0, aux = 0): TimerId {
    if (due < this.nowMs) throw new Error(`cannot schedule a timer in the past (${due} < now ${this.nowMs})`);
    const id = this.seq++;
    this.queued++;
    const bk = due % this.grain === 0 ? bucketKey(due, priority) : -1;
    if (bk < 0) {
      this.push(due, priority * SEQ_SPAN + id, payload, aux);
      return id;
    }
    const open = this.bucketOf.get(bk);
    if (open !== undefined) {
      const b = this.buckets[open]!;
      b.payloads.push(payload);
      b.auxes.push(aux);
      return id;
    }
    const n = this.freeBuckets.length > 0 ? this.freeBuckets.pop()! : this.buckets.length;
    this.buckets[n] = { key: bk, head: 0, payloads: [payload], auxes: [aux] };
    this.bucketOf.set(bk, n);
    this.push(due, priority * SEQ_SPAN + id, BUCKET, n);
    return id;
  }

  /**
   * Moves the clock to `t`, firing every timer due at or before t in (time, priority,
   * sequence) order, with `now` set to each timer's due time while it fires; then sets
   * now to t. Timers scheduled while firing fire too if due by t. Moving backwards throws.
   * More than `maxFirings` timers in one advance throws a TimerLoopError naming the timer
   * that would have gone over (a timer that keeps scheduling itself). Returns how many fired.
   */
  advanceTo(t: Instant, fire: (payload: T, due: Instant, aux: number) => void, maxFirings = Number.MAX_SAFE_INTEGER): number {
    if (t < this.nowMs) throw new Error(`the clock cannot move backwards (from ${this.nowMs} to ${t})`);
    if (this.firing) {
      // The outer advance fires what is due now, in order; moving on from inside a timer
      // would leave the outer loop to set the clock back to its own, earlier target.
      if (t === this.nowMs) return 0;
      throw new Error(`the clock cannot move on (to ${t}) while a timer due at ${this.nowMs} fires: schedule the later work instead`);
    }
    let fired = 0;
    this.firing = true;
    try {
      while (this.at.length > 0 && this.at[0]! <= t) {
        const due = this.at[0]!;
        let payload: T;
        let aux: number;
        const top = this.payload[0]!;
        if (top === BUCKET) {
          const n = this.aux[0]!;
          const b = this.buckets[n]!;
          const h = b.head++;
          payload = b.payloads[h]!;
          aux = b.auxes[h]!;
          if (b.head === b.payloads.length) {
            // Emptied: a timer scheduled at this (due, priority) from now on opens a new bucket.
            this.bucketOf.delete(b.key);
            this.buckets[n] = undefined;
            this.freeBuckets.push(n);
            this.pop();
          } else {
            // Its next entry is still the least: no other entry has its (due, priority), so the
            // sequence in its key (its first timer's) orders nothing and stays.
            b.payloads[h] = undefined as T;
          }
        } else {
          payload = top;
          aux = this.aux[0]!;
          this.pop();
        }
        this.queued--;
        if (fired >= maxFirings) throw new TimerLoopError(maxFirings, payload, due, aux);
        this.nowMs = due;
        fire(payload, due, aux);
        fired++;
      }
    } finally {
      this.firing = false;
    }
    this.nowMs = t;
    return fired;
  }

  private push(due: number, key: number, payload: T | typeof BUCKET, aux: number): void {
    const at = this.at, keys = this.key, pl = this.payload, ax = this.aux;
    let i = at.length;
    at.push(due); keys.push(key); pl.push(payload); ax.push(aux);
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const pa = at[parent]!;
      if (pa < due || (pa === due && keys[parent]! < key)) break;
      at[i] = pa; keys[i] = keys[parent]!; pl[i] = pl[parent]!; ax[i] = ax[parent]!;
      i = parent;
    }
    at[i] = due; keys[i] = key; pl[i] = payload; ax[i] = aux;
  }

  private pop(): void {
    const at = this.at, keys = this.key, pl = this.payload, ax = this.aux;
    const lastAt = at.pop()!, lastKey = keys.pop()!, lastPl = pl.pop()!, lastAux = ax.pop()!;
    const n = at.length;
    if (n === 0) return;
    let i = 0;
    const half = n >> 1;
    while (i < half) {
      let c = 2 * i + 1;
      let ca = at[c]!, ck = keys[c]!;
      const r = c + 1;
      if (r < n) {
        const ra = at[r]!, rk = keys[r]!;
        if (ra < ca || (ra === ca && rk < ck)) { c = r; ca = ra; ck = rk; }
      }
      if (lastAt < ca || (lastAt === ca && lastKey < ck)) break;
      at[i] = ca; keys[i] = ck; pl[i] = pl[c]!; ax[i] = ax[c]!;
      i = c;
    }
    at[i] = lastAt; keys[i] = lastKey; pl[i] = lastPl; ax[i] = lastAux;
  }
}
