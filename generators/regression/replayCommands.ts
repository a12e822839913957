import { type Decide, type Policy, type Violation, Engine, createInvariantChecker } from '../../engine/index.js';
import type { RecordedCommand } from './RecordedCommand.js';

/**
 * Replays recorded commands on a fresh engine (the given rules) with the invariant checker
 * on, up to `end`; returns what the checker found.
 */
export function replayCommands(policy: Policy, decide: Decide | undefined, commands: readonly RecordedCommand[], end: number): readonly Violation[] {
  const start = commands[0]?.at ?? end;
  const engine = new Engine({ policy, start, ...(decide ? { decide } : {}) });
  const checker = createInvariantChecker(policy);
  engine.subscribe((events) => checker.observe(events));
  for (const { at, command } of commands) engine.execute(command, at);
  engine.advanceTo(Math.max(end, engine.now));
  engine.checkViews(checker);
  checker.finish(engine.now);
  return checker.violations;
}
