import type { RecordedCommand } from './RecordedCommand.js';

/**
 * The shortest list found by dropping commands one at a time (latest first) while
 * `stillFails` holds; the order and the claim's setup (PlaceOrder, OpenClaim) are kept.
 * Repeats until no single command can go (1-minimal).
 */
export function minimiseCommands(commands: readonly RecordedCommand[], stillFails: (commands: readonly RecordedCommand[]) => boolean): RecordedCommand[] {
  let current = [...commands];
  let changed = true;
  while (changed) {
    changed = false;
    for (let k = current.length - 1; k >= 0; k--) {
      const kind = current[k]!.command.kind;
      if (kind === 'PlaceOrder' || kind === 'OpenClaim') continue;
      const without = [...current.slice(0, k), ...current.slice(k + 1)];
      if (stillFails(without)) {
        current = without;
        changed = true;
      }
    }
  }
  return current;
}
