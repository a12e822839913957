import { InvalidArgumentError } from 'commander';

/** `--shard i/n` (1 ≤ i ≤ n): this process runs the i-th of n shares of the work. */
export function parseShard(value: string): { index: number; count: number } {
  const m = /^(\d+)\/(\d+)$/.exec(value.trim());
  const index = Number(m?.[1]), count = Number(m?.[2]);
  if (!m || count < 1 || index < 1 || index > count) throw new InvalidArgumentError('write it as i/n with 1 ≤ i ≤ n, e.g. --shard 1/2.');
  return { index, count };
}
