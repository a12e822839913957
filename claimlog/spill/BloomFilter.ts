/**
 * A fixed-size Bloom filter of claim ids: "may hold" or "certainly not". Sized for about 10^7
 * ids at about 1 % false positives (9.6 bits an id, 7 probes: 12 MB, allocated on first use).
 * In the audit a false positive only sends a claim's records to the spill needlessly: the
 * spill judges them as memory would, so no verdict changes.
 */
export const BLOOM_BITS = 96_000_000;
export const BLOOM_PROBES = 7;

export class BloomFilter {
  private bits: Uint8Array | null = null;

  constructor(private readonly size: number = BLOOM_BITS) {}

  add(id: string): void {
    this.bits ??= new Uint8Array(Math.ceil(this.size / 8));
    hashes(id);
    const h1 = H1;
    const h2 = H2;
    for (let i = 0; i < BLOOM_PROBES; i++) {
      const bit = (h1 + Math.imul(i, h2)) >>> 0;
      const at = bit % this.size;
      this.bits[at >>> 3]! |= 1 << (at & 7);
    }
  }

  has(id: string): boolean {
    if (this.bits === null) return false;
    hashes(id);
    const h1 = H1;
    const h2 = H2;
    for (let i = 0; i < BLOOM_PROBES; i++) {
      const at = ((h1 + Math.imul(i, h2)) >>> 0) % this.size;
      if ((this.bits[at >>> 3]! & (1 << (at & 7))) === 0) return false;
    }
    return true;
  }
}

/** The two hashes `hashes` computed last (no array a call: `has` runs for most records of a long log). */
let H1 = 0;
let H2 = 0;

/** Two 32-bit hashes of the id (FNV-1a, and a second multiplier made odd), for double hashing: into `H1` and `H2`. */
function hashes(id: string): void {
  let a = 0x811c9dc5;
  let b = 0x9747b28c;
  for (let i = 0; i < id.length; i++) {
    const c = id.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b ^= b >>> 13;
  }
  H1 = a >>> 0;
  H2 = (b | 1) >>> 0;
}

/** A claim id's spill hash (FNV-1a, 32 bits): its bucket is this modulo the bucket count, its part key the quotient. */
export function claimHash(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
  return h >>> 0;
}
