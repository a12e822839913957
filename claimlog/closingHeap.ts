/** A finished claim waiting for the log's clock to pass its end and the tolerance: by that instant, then in finishing order. */
export interface Closing<T> {
  readonly at: number;
  readonly seq: number;
  readonly claim: T;
}

/** A binary min-heap of closing claims by instant, then by finishing order. */
function before<T>(a: Closing<T>, b: Closing<T>): boolean {
  return a.at < b.at || (a.at === b.at && a.seq < b.seq);
}

export function heapPush<T>(heap: Closing<T>[], x: Closing<T>): void {
  let i = heap.push(x) - 1;
  while (i > 0) {
    const up = (i - 1) >> 1;
    if (!before(x, heap[up]!)) break;
    heap[i] = heap[up]!;
    i = up;
  }
  heap[i] = x;
}

export function heapPop<T>(heap: Closing<T>[]): Closing<T> {
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
