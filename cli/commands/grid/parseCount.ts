import { InvalidArgumentError } from 'commander';

/**
 * A whole-number option (≥ min), written as simulate takes it: `20000`, `20_000` or `2e4`;
 * commander reports a bad value with the option's name (exit 2).
 */
export function parseCount(min: number) {
  return (value: string): number => {
    const t = value.trim().replace(/_/g, '');
    const n = /^\d+(e\d+)?$/i.test(t) ? Number(t) : Number.NaN;
    if (!Number.isSafeInteger(n) || n < min) throw new InvalidArgumentError(`must be a whole number ≥ ${min}, such as 1000 or 1e6.`);
    return n;
  };
}
