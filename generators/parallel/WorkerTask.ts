import type { FaultName, Policy } from '../../engine/index.js';
import type { Summary } from '../Summary.js';
import type { Shard } from '../../input/Shard.js';

/** What a worker thread is asked to run: one slice of a population file's claims. */
export interface WorkerTask {
  readonly populationFile: string;
  /** `--set path=value` overrides of the population file, in order. */
  readonly settings?: readonly string[];
  readonly policy: Policy;
  readonly seed?: number;
  readonly claims?: number;
  readonly shard?: Shard;
  readonly fault?: FaultName;
  /** Stream the slice's events to this NDJSON file (order details included). */
  readonly eventsFile?: string;
  /** In the events file, also each agent command: on the first event of its decision (`submitted`), or as a line of its own when refused (a claim log's source). */
  readonly eventsWithCommands?: boolean;
  readonly slice: { readonly index: number; readonly count: number };
  /** [0]: 1 asks every worker to stop; [1 + w]: claims opened so far by worker w. */
  readonly control: SharedArrayBuffer;
}

export type WorkerReply =
  | { readonly ok: true; readonly summary: Summary; readonly finalOutcomes: Uint8Array }
  | { readonly ok: false; readonly message: string };
