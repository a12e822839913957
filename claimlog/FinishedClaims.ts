import type { Finished, SpillStub } from './HeldClaim.js';

/**
 * The finished claims the audit remembers, for a record of one that comes later (support
 * contacted, any other action, a duplicate): by id, and in the order they were judged, so that
 * those that finished long enough ago (log time) are forgotten from the front. A spilled claim's
 * stub takes its place in that order (its own memory is its bucket).
 */
export class FinishedClaims {
  private readonly byId = new Map<string, Finished>();
  private order: (Finished | SpillStub)[] = [];
  private front = 0;

  /** Finished claims remembered now (spilled ones' stubs apart). */
  get size(): number {
    return this.byId.size;
  }

  get(id: string): Finished | undefined {
    return this.byId.get(id);
  }

  has(id: string): boolean {
    return this.byId.has(id);
  }

  remember(done: Finished): void {
    this.byId.set(done.id, done);
    this.order.push(done);
  }

  rememberStub(stub: SpillStub): void {
    this.order.push(stub);
  }

  /** Forgets the claims that finished before `before`, in the order they were judged; a stub is handed to `forgetStub`. */
  forget(before: number, forgetStub: (stub: SpillStub) => void): void {
    const order = this.order;
    while (this.front < order.length && order[this.front]!.closedAt < before) {
      const done = order[this.front++]!;
      if ('spilled' in done) forgetStub(done);
      else if (this.byId.get(done.id) === done) this.byId.delete(done.id);
    }
    if (this.front > 4096 && this.front * 2 > order.length) {
      this.order = order.slice(this.front);
      this.front = 0;
    }
  }
}
