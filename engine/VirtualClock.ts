import type { Instant } from './Calendar.js';

/** A scheduled timer's handle: its place in the order of scheduling. */
export type TimerId = number;

const SEQ_SPAN = 2 ** 45;

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
 * insertion sequence): timers due at the same instant fire in a defined order. The heap
 * lives in parallel arrays (no object per timer). A timer cannot be cancelled: its owner
 * ignores it when it fires (a stale deadline decides nothing).
 * It knows nothing of the rules: firing a timer hands its payload to the caller, with the
 * number scheduled beside it (`aux`), so that a caller with many timers can share one payload
 * and tell them apart by the number instead of allocating an object per timer.
 */
export class VirtualClock<T> {
  private nowMs: Instant;
  private readonly at: number[] = [];
  private readonly key: number[] = [];
  private readonly payload: T[] = [];
  private readonly aux: number[] = [];
  private seq = 0;
  private firing = false;

  constructor(start: Instant) {
    if (!Number.isFinite(start)) throw new Error(`the clock needs a finite start instant, got ${start}`);
    this.nowMs = start;
  }

  get now(): Instant {
    return this.nowMs;
  }

  /** Timers still queued. */
  get size(): number {
    return this.at.length;
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
    this.push(due, priority * SEQ_SPAN + id, payload, aux);
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
        const payload = this.payload[0]!;
        const aux = this.aux[0]!;
        this.pop();
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

  private push(due: number, key: number, payload: T, aux: number): void {
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
