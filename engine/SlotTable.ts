const FIRST_SLOTS = 1024;
/** No slot: an empty place in the hash table, the end of the order list. */
const NONE = -1;

/**
 * Ids to slots: the numbers a store's columns are indexed by. A slot freed by `release` is the
 * next one `take` hands out, so that a streaming run's columns stay as long as its most claims
 * held at once. Ids iterate in the order taken (as a `Map`'s would).
 *
 * It is a hash table of its own rather than a `Map`: a streaming run takes and releases ids all
 * the time, and a `Map` under that churn keeps its table at two to four times its live size (about
 * 75 B per claim held, for each of the engine's claims, its orders and the checker's records).
 * Here the table is open addressing with linear probing over an Int32Array of slots, at most
 * half full, and a release shifts the entries after it back (no tombstones), so it stays at its
 * live size; each slot's hash and its neighbours in the order taken are typed columns too.
 */
export class SlotTable {
  /** By place in the table: a slot, or NONE. Its length is a power of two. */
  private table = new Int32Array(2 * FIRST_SLOTS).fill(NONE);
  private mask = 2 * FIRST_SLOTS - 1;
  /** By slot: its id (undefined when free), its id's hash, and the slots taken before and after it. */
  private readonly keys: (string | undefined)[] = [];
  private hashes = new Int32Array(FIRST_SLOTS);
  private prev = new Int32Array(FIRST_SLOTS);
  private next = new Int32Array(FIRST_SLOTS);
  private head = NONE;
  private tail = NONE;
  private readonly free: number[] = [];
  private used = 0;
  private count = 0;

  get size(): number {
    return this.count;
  }

  get(id: string): number | undefined {
    const table = this.table, hashes = this.hashes, mask = this.mask;
    const h = hashOf(id);
    for (let i = h & mask; ; i = (i + 1) & mask) {
      const s = table[i]!;
      if (s === NONE) return undefined;
      if (hashes[s] === h && this.keys[s] === id) return s;
    }
  }

  has(id: string): boolean {
    return this.get(id) !== undefined;
  }

  /** The slot for an id: its own if held (a log that opens it twice), else a freed one if any, else a new one. */
  take(id: string): number {
    const h = hashOf(id);
    const keys = this.keys, mask = this.mask;
    let i = h & mask;
    for (; ; i = (i + 1) & mask) {
      const s = this.table[i]!;
      if (s === NONE) break;
      if (this.hashes[s] === h && keys[s] === id) return s;
    }
    const slot = this.free.length > 0 ? this.free.pop()! : this.newSlot();
    keys[slot] = id;
    this.hashes[slot] = h;
    this.table[i] = slot;
    this.prev[slot] = this.tail;
    this.next[slot] = NONE;
    if (this.tail === NONE) this.head = slot;
    else this.next[this.tail] = slot;
    this.tail = slot;
    if (++this.count * 2 > this.table.length) this.rehash(this.table.length * 2);
    return slot;
  }

  /** Frees an id's slot; undefined when the id was not held. */
  release(id: string): number | undefined {
    const keys = this.keys, table = this.table, mask = this.mask;
    const h = hashOf(id);
    let i = h & mask;
    let slot: number;
    for (; ; i = (i + 1) & mask) {
      slot = table[i]!;
      if (slot === NONE) return undefined;
      if (this.hashes[slot] === h && keys[slot] === id) break;
    }
    // Backward shift: each entry after the hole that may move into it (its home is not between
    // the hole and itself, cyclically) does, so that every probe still reaches its entry.
    let hole = i;
    for (let j = (i + 1) & mask; ; j = (j + 1) & mask) {
      const s = table[j]!;
      if (s === NONE) break;
      const home = this.hashes[s]! & mask;
      if (((j - home) & mask) >= ((j - hole) & mask)) {
        table[hole] = s;
        hole = j;
      }
    }
    table[hole] = NONE;
    keys[slot] = undefined;
    const p = this.prev[slot]!, n = this.next[slot]!;
    if (p === NONE) this.head = n;
    else this.next[p] = n;
    if (n === NONE) this.tail = p;
    else this.prev[n] = p;
    this.count--;
    this.free.push(slot);
    return slot;
  }

  /** The slots held, in the order their ids were taken. */
  *slots(): IterableIterator<number> {
    for (let s = this.head; s !== NONE; ) {
      // Read on before handing it out: the reader may release it (then its neighbour goes on).
      let after = this.next[s]!;
      yield s;
      if (this.keys[s] !== undefined) after = this.next[s]!;
      while (after !== NONE && this.keys[after] === undefined) after = this.next[after]!;
      s = after;
    }
  }

  *entries(): IterableIterator<[string, number]> {
    for (const s of this.slots()) yield [this.keys[s]!, s];
  }

  private newSlot(): number {
    const slot = this.used++;
    if (slot === this.hashes.length) {
      const n = slot * 2;
      this.hashes = grown(this.hashes, new Int32Array(n));
      this.prev = grown(this.prev, new Int32Array(n));
      this.next = grown(this.next, new Int32Array(n));
    }
    return slot;
  }

  private rehash(length: number): void {
    const table = new Int32Array(length).fill(NONE);
    const mask = length - 1;
    for (let s = this.head; s !== NONE; s = this.next[s]!) {
      let i = this.hashes[s]! & mask;
      while (table[i] !== NONE) i = (i + 1) & mask;
      table[i] = s;
    }
    this.table = table;
    this.mask = mask;
  }
}

/** FNV-1a over the id's UTF-16 code units. */
function hashOf(id: string): number {
  let h = 0x811c9dc5;
  for (let k = 0; k < id.length; k++) h = Math.imul(h ^ id.charCodeAt(k), 0x01000193);
  return h;
}

/** A column twice as long, holding the old one's values (the rest zero). */
export function grown<A extends Uint8Array | Uint32Array | Int32Array | Float64Array>(from: A, to: A): A {
  to.set(from);
  return to;
}
