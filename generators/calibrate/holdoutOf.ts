import { drawUniform, streamKey } from '../random/hash32.js';

/** A purpose number of its own for the holdout draw (apart from every simulation purpose). */
const HOLDOUT_PURPOSE = 0x4c0d;

/** FNV-1a of a claim id, as a 32-bit word. */
function idHash(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** Whether a claim is held out (a share `fraction` of the claims, by a seeded hash of its id: the same claims for the same seed). */
export function isHeldOut(id: string, seed: number, fraction: number): boolean {
  return drawUniform(streamKey(seed, idHash(id), HOLDOUT_PURPOSE), 0) < fraction;
}
