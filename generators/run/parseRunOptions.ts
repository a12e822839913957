import { FAULT_NAMES, type FaultName, isFaultName } from '../../engine/index.js';
import { type Shard, shardFromText } from '../../input/Shard.js';

/**
 * The command line's run options, checked: each problem is one line saying which option,
 * what is wrong and what to write instead.
 */
export type Checked<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly message: string };

const ok = <T>(value: T): Checked<T> => ({ ok: true, value });
const bad = <T>(message: string): Checked<T> => ({ ok: false, message });

/** --seed N: a whole number 0 … 4294967295. */
export function parseSeed(text: string): Checked<number> {
  const n = Number(text);
  return /^\d+$/.test(text.trim()) && n <= 0xffffffff ? ok(n) : bad(`--seed must be a whole number from 0 to 4294967295, got "${text}"`);
}

/** --claims N / --workers N: a whole number ≥ 1 (workers at most 64). */
export function parseCount(option: string, text: string, max = Number.MAX_SAFE_INTEGER): Checked<number> {
  const t = text.trim().replace(/_/g, '');
  const n = /^\d+(e\d+)?$/i.test(t) ? Number(t) : NaN;
  return Number.isSafeInteger(n) && n >= 1 && n <= max ? ok(n) : bad(`${option} must be a whole number from 1 to ${max}, got "${text}" (such as 1000 or 1e6)`);
}

/** --shard i/n: run the i-th of n interleaved slices (1 ≤ i ≤ n). */
export function parseShard(text: string): Checked<Shard> {
  const shard = shardFromText(text);
  return shard ? ok(shard) : bad(`--shard must be i/n with 1 ≤ i ≤ n, such as 2/4, got "${text}"`);
}

/** --inject-fault NAME: one of the named rule mutants (a test seam). */
export function parseFault(text: string): Checked<FaultName> {
  return isFaultName(text) ? ok(text) : bad(`--inject-fault must be one of ${FAULT_NAMES.join(', ')}, got "${text}"`);
}
