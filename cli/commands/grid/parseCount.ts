import { InputError } from '../../exit.js';

/** A whole-number option (≥ min), as commander hands it over; a bad value is an input error naming the option. */
export function parseCount(option: string, min: number) {
  return (value: string): number => {
    const n = Number(value);
    if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(n) || n < min) {
      throw new InputError(`${option} ${value}: must be a whole number ≥ ${min}`);
    }
    return n;
  };
}
