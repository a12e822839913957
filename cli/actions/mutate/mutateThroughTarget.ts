import type { Scenario } from '../../../scenarios/index.js';
import { TargetError } from '../../../target/adapter/TargetError.js';
import { TargetSuite } from '../../../target/run/TargetSuite.js';
import { InputError } from '../../exit.js';

/**
 * `mutate --target TEMPLATE`: one mutant measured through the target protocol. `{}` in the
 * template is replaced by the mutant's name; one target process (or connection) serves every
 * scenario, each starting with a reset. A scenario that fails or errors through it kills the
 * mutant; a skipped one does not. A target that breaks the protocol is started afresh for the
 * scenarios after it. Null when `stopped` says a signal came (the mutant's row is incomplete).
 */
export async function killedThroughTarget(
  template: string,
  mutant: string,
  passing: readonly Scenario[],
  timeoutMs: number,
  stopped: () => boolean,
): Promise<{ killedBy: string[]; skipped: number } | null> {
  const spec = template.split('{}').join(mutant);
  let suite = await open(spec, timeoutMs);
  const killedBy: string[] = [];
  let skipped = 0;
  try {
    for (const s of passing) {
      if (stopped()) return null;
      const r = await suite.runScenario(s);
      if (r !== null && r.status !== 'passed') killedBy.push(s.file);
      if (suite.broken) {
        skipped += suite.skipped.length;
        await suite.close();
        suite = await open(spec, timeoutMs);
      }
    }
    return { killedBy, skipped: skipped + suite.skipped.length };
  } finally {
    await suite.close();
  }
}

async function open(spec: string, timeoutMs: number): Promise<TargetSuite> {
  try {
    return await TargetSuite.open(spec, { timeoutMs });
  } catch (err) {
    if (err instanceof TargetError) throw new InputError(`--target: ${err.message}`);
    throw err;
  }
}
