import type { FaultName, Policy } from '../../engine/index.js';
import type { Population, Summary } from '../../generators/index.js';
import type { PackedRows } from '../../reports/xlsx/listedRows.js';

/** One population run: a replication of a comparison, a sweep's grid point, the suite's simulation. */
export interface PopulationTask {
  readonly population: Population;
  readonly policy: Policy;
  readonly seed: number;
  /** Default: the population's number of claims. */
  readonly claims?: number;
  /** Collect the R19 claim list: the rows of the first this many claims received (claim index < cap). */
  readonly claimListCap?: number;
  /** Run under a named rule mutant (engine/faults.ts), to show the checker and the report catch it. */
  readonly fault?: FaultName;
}

/** A task's result. */
export interface TaskResult {
  readonly summary: Summary;
  readonly finalOutcomes: Uint8Array;
  /** The claim list, when the task asked for it: its rows packed in one string (one copy to send back, not a clone per row). */
  readonly claimList?: { readonly rows: PackedRows; readonly claims: number };
}

/** What a task worker posts back for task `id`. */
export type TaskReply = { readonly id: number; readonly ok: true; readonly result: TaskResult } | { readonly id: number; readonly ok: false; readonly message: string };
