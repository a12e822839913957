import { type Report, renderHtml, renderJson, renderMarkdown, stableStringify } from '../../reports/index.js';
import type { ReportNotice } from '../../reports/render/ReportNotice.js';
import { EXIT } from '../exit.js';

/**
 * The command line's one interruption mechanism. SIGINT (Ctrl-C) and SIGTERM (what CI timeouts
 * and `kill` send) are alike: a command that keeps its work watches for them (watchInterruption),
 * stops at the next place it looks (polling `stopped`, or told through `onStop`), writes what it
 * has marked partial (partialFiles, endInterrupted) and ends with the shell's status, 130 or 143.
 * A second signal, or one while no command watches, ends the process at once with that status.
 */
export interface Interruption {
  /** True once SIGINT or SIGTERM has arrived: the command stops and writes what it has, marked partial. */
  readonly stopped: () => boolean;
  /** The signal that arrived, or null. */
  readonly signal: () => InterruptSignal | null;
  /** 130 after SIGINT, 143 after SIGTERM, 0 before either (the shell's 128 + signal number). */
  readonly status: () => number;
  /** Calls `listener` once, at the first signal (at once if it came already); returns how to stop listening. */
  readonly onStop: (listener: () => void) => () => void;
  /** Stops watching (a signal then ends the process at once again). */
  readonly dispose: () => void;
}

export type InterruptSignal = 'SIGINT' | 'SIGTERM';

const STATUS: Readonly<Record<InterruptSignal, number>> = { SIGINT: EXIT.interrupted, SIGTERM: EXIT.terminated };
const SIGNALS = Object.keys(STATUS) as InterruptSignal[];

/** How many commands are watching for interruptions right now (each keeps its own work so far). */
let watching = 0;
let earlyExitInstalled = false;

/**
 * From the moment the binary starts: an interruption while no command watches for one (files
 * still loading, a command that keeps no partial work, reports being written) ends the process
 * at once with the shell's status, 130 or 143, and a line saying so, instead of dying by the
 * signal with no status. Installed once, by the binary only (never by a test calling
 * `runClaimsim` in its own process).
 */
export function exitOnInterruptUntilWatched(): void {
  if (earlyExitInstalled) return;
  earlyExitInstalled = true;
  // The launcher's start-up handlers (cli/claimsim.js) step aside from here on.
  (globalThis as Record<symbol, unknown>)[Symbol.for('claimsim.signalsTakenOver')] = true;
  for (const name of SIGNALS) {
    process.on(name, () => {
      if (watching > 0) return;
      process.stderr.write(`claimsim: ${name === 'SIGINT' ? 'interrupted' : 'terminated'} (${name}); stopping at once\n`);
      process.exit(STATUS[name]);
    });
  }
}

/**
 * Watches for SIGINT and SIGTERM alike: the first asks the command to stop and write the work
 * so far; a second one of either ends the process at once with its status.
 */
export function watchInterruption(): Interruption {
  let signal: InterruptSignal | null = null;
  const listeners = new Set<() => void>();
  const handlers = new Map<InterruptSignal, () => void>(
    SIGNALS.map((name) => [
      name,
      (): void => {
        if (signal !== null) process.exit(STATUS[name]);
        signal = name;
        for (const listener of [...listeners]) listener();
        listeners.clear();
      },
    ]),
  );
  for (const [name, handler] of handlers) process.on(name, handler);
  watching++;
  let disposed = false;
  return {
    stopped: () => signal !== null,
    signal: () => signal,
    status: () => (signal === null ? EXIT.ok : STATUS[signal]),
    onStop: (listener) => {
      if (signal !== null) {
        listener();
        return () => {};
      }
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    dispose: () => {
      if (disposed) return;
      disposed = true;
      watching--;
      listeners.clear();
      for (const [name, handler] of handlers) process.off(name, handler);
    },
  };
}

/**
 * Lets the event loop deliver a signal that arrived while this thread was busy (a population
 * or policy file being read and validated, all synchronous): its handlers run only at the next
 * poll of the loop. Called after the inputs are read and before a command watches, so that a
 * signal sent while the inputs loaded is heard while no command keeps its work: the binary then
 * ends at once with 130 or 143 and writes nothing, instead of the command taking it for a stop
 * of a run it has not started. Two turns: the first may still be in the poll phase that is
 * running, the second comes after a poll that saw the signal.
 */
export async function hearPendingSignals(): Promise<void> {
  for (let turn = 0; turn < 2; turn++) await new Promise<void>((resolve) => setImmediate(resolve));
}

/** watchInterruption once the signals sent while the inputs loaded are heard (hearPendingSignals). */
export async function watchInterruptionAfterLoading(): Promise<Interruption> {
  await hearPendingSignals();
  return watchInterruption();
}

/** Which of an interrupted command's units (replications, grid points, scenario files) are complete. */
export interface Completion {
  /** The unit, plural: `replications`, `grid points`, `scenario files`. */
  readonly unit: string;
  readonly total: number;
  /** The complete units' numbers (1-based, ascending): the report holds these only. */
  readonly complete: readonly number[];
}

/** One line for people: `2 of 5 replications complete (1, 2); not run to the end: 3, 4, 5`. */
export function completionText(completions: readonly Completion[]): string {
  return completions
    .map((c) => {
      const rest = notComplete(c);
      return `${c.complete.length} of ${c.total} ${c.unit} complete${c.complete.length ? ` (${list(c.complete)})` : ''}${rest.length ? `; not run to the end: ${list(rest)}` : ''}`;
    })
    .join('; ');
}

/** What the other reports say of an interrupted run's: they were built from the complete units only. */
export const COMPLETE_ONES_ONLY = 'this report holds the complete ones only.';

/** The notice under an interrupted run's report title, in every format: `partial (interrupted): …`. */
export function partialNotice(completions: readonly Completion[], detail: string = COMPLETE_ONES_ONLY): ReportNotice {
  return { headline: `partial (interrupted): ${completionText(completions)}`, detail };
}

/** An interrupted run's report as JSON: `"partial": true` and, per unit, the complete and the incomplete numbers (`"interrupted"`). */
export function partialJson(report: object, completions: readonly Completion[]): string {
  const interrupted = completions.map((c) => ({ unit: c.unit, total: c.total, complete: c.complete, notComplete: notComplete(c) }));
  return stableStringify({ ...report, partial: true, interrupted });
}

/** A report's three renderings and the HTML's chart count. */
export interface ReportFiles {
  readonly json: string;
  readonly markdown: string;
  readonly html: string;
  readonly charts: number;
}

/** When a report is of an interrupted run: its units' completion, and what the notice adds (COMPLETE_ONES_ONLY unless said). */
export interface PartialMark {
  readonly completions: readonly Completion[];
  readonly detail?: string;
}

/**
 * A report's JSON, Markdown and HTML, marked as an interrupted run's when `partial` is given
 * (the same notice in every format, the JSON's `"partial"` and `"interrupted"`): the one way
 * compare, sweep, all and report write theirs. `htmlModel` is the report the page shows, when
 * it holds more than the JSON (compare's transition examples).
 */
export async function renderReportFiles(report: Report, partial: PartialMark | null, htmlModel: Report = report): Promise<ReportFiles> {
  const notice = partial ? partialNotice(partial.completions, partial.detail) : undefined;
  const { html, charts } = await renderHtml(htmlModel, notice);
  return { json: partial ? partialJson(report, partial.completions) : renderJson(report), markdown: renderMarkdown(report, notice), html, charts };
}

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
export async function endInterrupted(i: Interrupted, write: () => Promise<number>): Promise<number> {
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

function notComplete(c: Completion): number[] {
  const done = new Set(c.complete);
  return Array.from({ length: c.total }, (_, i) => i + 1).filter((n) => !done.has(n));
}

/** `1, 2, 3` — long runs as ranges (`1–40, 42`), so that 10,000 replications stay one line. */
function list(ns: readonly number[]): string {
  const parts: string[] = [];
  for (let i = 0; i < ns.length; ) {
    let j = i;
    while (j + 1 < ns.length && ns[j + 1] === ns[j]! + 1) j++;
    parts.push(j - i >= 2 ? `${ns[i]}–${ns[j]}` : ns.slice(i, j + 1).join(', '));
    i = j + 1;
  }
  return parts.join(', ');
}
