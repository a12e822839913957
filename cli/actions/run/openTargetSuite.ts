import { TargetError } from '../../../target/adapter/TargetError.js';
import { parseTargetTimeout } from '../../../target/adapter/targetLimits.js';
import { TargetSuite } from '../../../target/run/TargetSuite.js';
import { InputError } from '../../exit.js';

/**
 * `run --target SPEC [--target-timeout T]`: the target started or connected to, and greeted;
 * a target that cannot be started, reached or greeted is bad input (exit 2), in one line.
 */
export async function openTargetSuite(flags: { readonly target?: string; readonly targetTimeout?: string }): Promise<TargetSuite> {
  const timeout = parseTargetTimeout(flags.targetTimeout ?? '5s');
  if (!timeout.ok) throw new InputError(timeout.message);
  try {
    return await TargetSuite.open(flags.target ?? '', { timeoutMs: timeout.ms });
  } catch (err) {
    if (err instanceof TargetError) throw new InputError(`--target: ${err.message}`);
    throw err;
  }
}
