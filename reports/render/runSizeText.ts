import { count } from './format.js';

/** Seeds as a list, or a range when consecutive. */
export function seedText(seeds: readonly number[]): string {
  if (seeds.length > 2 && seeds.every((s, i) => i === 0 || s === seeds[i - 1]! + 1)) return `${seeds[0]}–${seeds[seeds.length - 1]}`;
  return seeds.join(', ');
}

/** The size of a run: "17,383 claims × 3 replications (seeds 1–3)", or a range of claims when they vary by seed. */
export function runSizeText(claims: readonly number[], seeds: readonly number[]): string {
  const k = claims.length;
  const lo = Math.min(...claims), hi = Math.max(...claims);
  const each = lo === hi ? `${count(lo)} claims` : `${count(lo)}–${count(hi)} claims`;
  return `${each} × ${k} replication${k === 1 ? '' : 's'} (seed${k === 1 ? '' : 's'} ${seedText(seeds)})`;
}

/** All claims of a run, over its replications. */
export function totalClaims(claims: readonly number[]): number {
  return claims.reduce((a, b) => a + b, 0);
}
