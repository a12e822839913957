import { type Completion, completionText } from './markPartial.js';

/** How an interrupted compare or sweep ended. */
export interface Interrupted {
  /** 130 after SIGINT, 143 after SIGTERM. */
  readonly status: number;
  readonly completion: Completion;
  /** A shard writes a part that `--merge` takes as the shard's whole share. */
  readonly sharded: boolean;
  readonly out: string;
}

/**
 * The end of a compare or sweep after SIGINT or SIGTERM: the report of the complete units is
 * written (by `write`, marked partial) and the status is 130 or 143. A shard writes no part (a
 * part stands for all of its share, and merge would take a short one as whole), and nothing
 * is written when no unit is complete; standard error says which.
 */
export async function interrupted(i: Interrupted, write: () => Promise<number>): Promise<number> {
  const text = completionText([i.completion]);
  if (i.sharded) {
    process.stderr.write(`interrupted: ${text}; a shard's part holds all of its share, so none was written (run the shard again)\n`);
  } else if (i.completion.complete.length === 0) {
    process.stderr.write(`interrupted before any of the ${i.completion.total} ${i.completion.unit} was complete: nothing was written\n`);
  } else {
    await write();
    process.stderr.write(`interrupted: ${text}; the report in ${i.out} holds the complete ones ("partial": true)\n`);
  }
  return i.status;
}
