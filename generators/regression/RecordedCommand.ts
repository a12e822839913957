import type { Command } from '../../engine/index.js';

/** A command an agent issued, and when. */
export interface RecordedCommand {
  readonly at: number;
  readonly command: Command;
}
