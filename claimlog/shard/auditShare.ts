import { calendarFor } from '../../engine/index.js';
import type { AuditResult } from '../AuditResult.js';
import type { Auditor } from '../Auditor.js';
import { type AuditOptions, auditorFor } from '../auditLogs.js';
import { formatInstant } from '../formatInstant.js';
import type { Header } from '../LogRecord.js';
import { type ParsedLine, parseLogLine } from '../parseLogLine.js';
import { readLogInput } from '../readLogLines.js';
import { type Shard, shardOfKey } from '../../input/Shard.js';

/** One shard's audit: its claims' result, as the whole audit would count them, and what it could not hold equal. */
export interface AuditShare {
  readonly result: AuditResult;
  /**
   * Records of this shard whose "line above" (the previous record of the whole log) differs
   * from the previous record of the shard where either is later than the record: there a clock
   * regression may be named, or named against another line, unlike the whole audit's.
   */
  readonly clockMismatches: number;
}

/** The message the audit gives a header after the first record (the Auditor's own words, for a shard that read no record itself). */
const LATE_HEADER = 'a header after the first record is ignored (the header is the first line of a log)';

type Line = (file: number, line: number, parsed: ParsedLine) => void | 'stop';

/** Every line of the logs, in order, parsed; `each` may stop the read. */
async function readAll(paths: readonly string[], options: AuditOptions, each: Line): Promise<void> {
  for (let f = 0; f < paths.length; f++) {
    let n = 0;
    for await (const line of readLogInput(paths[f]!, options.csvMap !== undefined ? { csvMap: options.csvMap } : {})) {
      if (each(f, ++n, typeof line === 'string' ? parseLogLine(line) : line) === 'stop') return;
    }
  }
}

/**
 * The latest instant of the logs when no header before the first record says until when it
 * covers (the whole audit's end is then its latest record), else null. Reads up to the first
 * record, and reads every line again only when it must.
 */
async function endToShare(paths: readonly string[], options: AuditOptions): Promise<number | null> {
  let until = false;
  let records = false;
  await readAll(paths, options, (_f, _n, p) => {
    if (p.kind === 'header' && p.header.until !== undefined) until = true;
    if (p.kind !== 'record') return undefined;
    records = true;
    return 'stop';
  });
  if (until || !records) return null;
  let latest = Number.NEGATIVE_INFINITY;
  await readAll(paths, options, (_f, _n, p) => {
    if (p.kind === 'record' && p.at > latest) latest = p.at;
  });
  return latest;
}

/**
 * Audits shard `shard` of the logs (docs/claim-log.md, Sharding an audit): every line is read,
 * but only the records of the shard's claims (shardOfKey of the claim id) go to the Auditor; the header goes to
 * every shard, and a line naming no claim (an unknown record type, an unreadable line, a late
 * header) to shard 1. What the whole log decides (its lines, the period it covers, its end
 * when no header gives one) is taken from the whole log, so the shards' results add up to the
 * whole audit's (claimlog/mergeAuditResults.ts).
 */
export async function auditShare(paths: readonly string[], options: AuditOptions, shard: Shard): Promise<AuditShare> {
  const end = await endToShare(paths, options);
  const auditor = auditorFor(paths, options);
  try {
    return await auditTheShare(paths, options, shard, end, auditor);
  } finally {
    // The spill folder goes whatever happened, as in auditLogs.
    auditor.dispose();
  }
}

async function auditTheShare(paths: readonly string[], options: AuditOptions, shard: Shard, end: number | null, auditor: Auditor): Promise<AuditShare> {
  // The whole audit's end, as a header the Auditor reads before any record (its end is then the same).
  const withEnd = (h: Header): Header => (end === null ? h : { ...h, until: new Date(end).toISOString() });
  let lines = 0;
  let seenRecord = false;
  let headers = 0;
  let headerFrom = false;
  let mine = 0;
  let first = Number.POSITIVE_INFINITY;
  let aboveWhole = Number.NEGATIVE_INFINITY;
  let aboveShard = Number.NEGATIVE_INFINITY;
  let clockMismatches = 0;
  const ownsClaimless = shard.index === 1;
  await readAll(paths, options, (f, n, p) => {
    lines++;
    switch (p.kind) {
      case 'blank':
        return;
      case 'header':
        if (!seenRecord) {
          headers++;
          if (p.header.from !== undefined) headerFrom = true;
          auditor.line(f, n, { kind: 'header', header: withEnd(p.header) });
        } else if (ownsClaimless) {
          if (mine > 0) auditor.line(f, n, p);
          else auditor.skip(f, n, LATE_HEADER);
        }
        return;
      case 'unknown_type':
        if (ownsClaimless) auditor.line(f, n, p);
        return;
      case 'problem':
        if (p.claim !== undefined ? shardOfKey(p.claim, shard.count) === shard.index : ownsClaimless) auditor.line(f, n, p);
        return;
      case 'record': {
        seenRecord = true;
        if (p.at < first) first = p.at;
        const above = aboveWhole;
        aboveWhole = p.at;
        if (shardOfKey(p.record.claim, shard.count) !== shard.index) return;
        if (headers === 0 && mine === 0 && end !== null) auditor.line(f, 0, { kind: 'header', header: withEnd({ type: 'header', format: 'claimsim-claim-log', version: 1 }) });
        if ((p.at < above || p.at < aboveShard) && above !== aboveShard) clockMismatches++;
        aboveShard = p.at;
        mine++;
        auditor.line(f, n, p);
        return;
      }
      default: {
        const unreachable: never = p;
        throw new Error(`unknown line ${JSON.stringify(unreachable)}`);
      }
    }
  });
  // A shard without a record of its own still ends where the whole log does.
  if (headers === 0 && mine === 0 && end !== null) auditor.line(0, 0, { kind: 'header', header: withEnd({ type: 'header', format: 'claimsim-claim-log', version: 1 }) });
  const result = auditor.finish(paths);
  const from = headerFrom ? result.period.from : first === Number.POSITIVE_INFINITY ? null : formatInstant(first, calendarFor(result.policy.timezone));
  return { result: { ...result, lines, period: { from, until: result.period.until } }, clockMismatches };
}
