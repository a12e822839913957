/** A byte array as base64 (a sweep part's per-claim outcomes and sellers travel in JSON so). */
export function bytesToBase64(bytes: Uint8Array | Uint32Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');
}

/** Per-claim outcomes back from base64. */
export function base64ToOutcomes(text: string): Uint8Array {
  return Uint8Array.from(Buffer.from(text, 'base64'));
}

/** Per-claim sellers back from base64 (little-endian 32-bit, as written on every machine claimsim runs on). */
export function base64ToSellers(text: string): Uint32Array {
  const b = Buffer.from(text, 'base64');
  const out = new Uint32Array(b.length / 4);
  for (let i = 0; i < out.length; i++) out[i] = b.readUInt32LE(4 * i);
  return out;
}
