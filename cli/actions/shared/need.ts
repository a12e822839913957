import type { Checked } from '../../../generators/index.js';
import { InputError } from '../../exit.js';

/** A checked option's value; a bad one is a one-line input error (exit 2). */
export function need<T>(c: Checked<T>): T {
  if (!c.ok) throw new InputError(c.message);
  return c.value;
}
