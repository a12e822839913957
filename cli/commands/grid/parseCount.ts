import { InvalidArgumentError } from 'commander';

/** A whole-number option (≥ min); commander reports a bad value with the option's name (exit 2). */
export function parseCount(min: number) {
  return (value: string): number => {
    const n = Number(value);
    if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(n) || n < min) throw new InvalidArgumentError(`must be a whole number ≥ ${min}.`);
    return n;
  };
}
