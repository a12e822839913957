/**
 * Ids to slots: the numbers a store's columns are indexed by. A slot freed by `release` is the
 * next one `take` hands out, so that a streaming run's columns stay as long as its most claims
 * held at once. Ids iterate in the order taken (a `Map`'s order).
 */
export class SlotTable {
  private readonly slotOf = new Map<string, number>();
  private readonly free: number[] = [];
  private used = 0;

  get size(): number {
    return this.slotOf.size;
  }

  get(id: string): number | undefined {
    return this.slotOf.get(id);
  }

  has(id: string): boolean {
    return this.slotOf.has(id);
  }

  /** The slot for an id: its own if held (a log that opens it twice), else a freed one if any, else a new one. */
  take(id: string): number {
    const held = this.slotOf.get(id);
    if (held !== undefined) return held;
    const slot = this.free.length > 0 ? this.free.pop()! : this.used++;
    this.slotOf.set(id, slot);
    return slot;
  }

  /** Frees an id's slot; undefined when the id was not held. */
  release(id: string): number | undefined {
    const slot = this.slotOf.get(id);
    if (slot === undefined) return undefined;
    this.slotOf.delete(id);
    this.free.push(slot);
    return slot;
  }

  /** The slots held, in the order their ids were taken. */
  slots(): IterableIterator<number> {
    return this.slotOf.values();
  }

  entries(): IterableIterator<[string, number]> {
    return this.slotOf.entries();
  }
}

/** A column twice as long, holding the old one's values (the rest zero). */
export function grown<A extends Uint8Array | Uint32Array | Int32Array | Float64Array>(from: A, to: A): A {
  to.set(from);
  return to;
}
