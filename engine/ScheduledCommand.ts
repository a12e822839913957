import type { Instant } from './Calendar.js';
import type { ClockCommand } from './ClockCommand.js';

/**
 * The order of clock commands due at one instant: deadlines and reminders, then dated
 * changes, then drivers' actions (rules.md, day counting); equal priorities fire in the
 * order they were scheduled.
 */
export const TIMER_PRIORITY = { deadline: 0, change: 1, action: 1 } as const;
export type TimerPriority = (typeof TIMER_PRIORITY)[keyof typeof TIMER_PRIORITY];

/**
 * A clock command on the engine's clock, the one timer shape: issued at `at`, before the
 * commands of a higher `priority` due then. `claim` names the claim it is about (absent for a
 * command about the whole policy), to name it if a timer keeps scheduling itself.
 */
export interface ScheduledCommand {
  readonly at: Instant;
  readonly priority: TimerPriority;
  readonly claim?: string;
  readonly command: ClockCommand;
}
