import { DEFAULT_POLICY, type Policy } from '../engine/index.js';
import type { AuditResult, SkippedLine } from './AuditResult.js';
import { Auditor } from './Auditor.js';
import { parseLogLine } from './parseLogLine.js';
import type { CsvMap } from './csv/CsvMap.js';
import { readLogInputBatches } from './readLogLines.js';

export interface AuditOptions {
  /** The policy from --policy (overrides a header's). */
  readonly policy?: Policy;
  readonly toleranceMs: number;
  /** A line that cannot be read stops the audit (the caller throws from `onSkipped`). */
  readonly onSkipped?: (s: SkippedLine) => void;
  readonly headerPolicy: (policy: Record<string, unknown>, file: string, line: number) => Policy;
  /** The mapping of CSV exports (`--map`; docs/claim-log.md, CSV exports). */
  readonly csvMap?: CsvMap;
  /** Called after each batch of lines read, with the claims held and the finished ones remembered (the bench's memory figures). */
  readonly onBatch?: (held: number, remembered: number, spilled: number) => void;
  /** How many claims are held before the idlest are spilled to disk (default `MAX_HELD`; docs/performance.md, The audit). */
  readonly maxHeld?: number;
  /** Called with the spill folder when the audit first spills (removed before the audit returns or throws). */
  readonly onSpillFolder?: (dir: string) => void;
  /** The most of a spill bucket read back at once (bytes; default `SPILL_READ_BYTES`). */
  readonly spillReadBytes?: number;
  /** Asked after each batch of lines: true stops the reading, and the claims are judged on the lines read so far (an interruption). */
  readonly stopped?: () => boolean;
}

/** The auditor of `paths` under `options` (the whole audit's, and a shard's). */
export function auditorFor(paths: readonly string[], options: AuditOptions): Auditor {
  return new Auditor({
    ...(options.policy !== undefined ? { policy: options.policy } : {}),
    defaultPolicy: DEFAULT_POLICY,
    tolerance: options.toleranceMs,
    files: paths,
    ...(options.onSkipped ? { onSkipped: options.onSkipped } : {}),
    headerPolicy: options.headerPolicy,
    ...(options.maxHeld !== undefined ? { maxHeld: options.maxHeld } : {}),
    ...(options.onSpillFolder ? { onSpillFolder: options.onSpillFolder } : {}),
    ...(options.spillReadBytes !== undefined ? { spillReadBytes: options.spillReadBytes } : {}),
  });
}

/** Audits claim logs, read one after the other as one log: the result (docs/claim-log.md). */
export async function auditLogs(paths: readonly string[], options: AuditOptions): Promise<AuditResult> {
  const auditor = auditorFor(paths, options);
  try {
    // Once stopped, the lines of the instant being read are still read (records at the same
    // instant can follow one another), then the log is cut there.
    let cutAfter: number | null = null;
    reading: for (let f = 0; f < paths.length; f++) {
      let n = 0;
      const read = readLogInputBatches(paths[f]!, options.csvMap !== undefined ? { csvMap: options.csvMap } : {});
      for await (const batch of read) {
        for (const line of batch) {
          if (typeof line !== 'string') {
            if (cutAfter !== null && line.kind === 'record' && line.at > cutAfter) break reading;
            auditor.line(f, ++n, line);
            continue;
          }
          const parsed = parseLogLine(line);
          if (cutAfter !== null && parsed.kind === 'record' && parsed.at > cutAfter) break reading;
          auditor.line(f, ++n, parsed, line);
        }
        options.onBatch?.(auditor.held, auditor.remembered, auditor.spilledClaims);
        if (cutAfter === null && options.stopped?.() === true) {
          cutAfter = auditor.latest;
          auditor.cutShort();
        }
      }
    }
    return auditor.finish(paths);
  } finally {
    // The spill folder goes whatever happened (finish removes it too; a process that exits removes it on its way out).
    auditor.dispose();
  }
}
