import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import { type Policy, DEFAULT_POLICY, calendarFor, firstStatus } from '../../engine/index.js';
import type { CsvMap } from '../../claimlog/csv/CsvMap.js';
import { parseIsoInstant } from '../../claimlog/parseIsoInstant.js';
import { parseLogLine } from '../../claimlog/parseLogLine.js';
import { LogInputError, readLogInput } from '../../claimlog/readLogLines.js';
import { readInputBytes } from '../../input/readInputFile.js';
import type { ClaimHistory, ClaimLog, SourceFile, TimedRecord } from './ClaimHistory.js';

export interface ReadClaimLogOptions {
  /** The policy from --policy (overrides a header's), and its name for the card. */
  readonly policy?: { readonly value: Policy; readonly name: string };
  /** A header's policy, checked (throws an input error). */
  readonly headerPolicy: (policy: Record<string, unknown>, file: string, line: number) => Policy;
  readonly csvMap?: CsvMap;
  /** A line that cannot be read (the caller may throw to stop). */
  readonly onSkipped?: (file: string, line: number, problem: string) => void;
}

/** The largest log file hashed for the card (read whole once for its SHA-256). */
const MAX_HASHED_BYTES = 1024 * 1024 * 1024;

/**
 * Reads claim logs (every format `claimsim audit` reads: NDJSON plain or gzip, CSV through a
 * mapping, OCEL 2.0) in order as one log, into per-claim histories, with the files' hashes
 * for the calibration card.
 */
export async function readClaimLog(paths: readonly string[], options: ReadClaimLogOptions): Promise<ClaimLog> {
  const all = createHash('sha256');
  const files: SourceFile[] = [];
  const byClaim = new Map<string, { opened: ClaimHistory | null; records: TimedRecord[] }>();
  let header: { policy?: Policy; from?: number; until?: number } | null = null;
  let firstAt = Number.POSITIVE_INFINITY;
  let lastAt = Number.NEGATIVE_INFINITY;
  let skipped = 0;
  const recordCounts = new Map<string, number>();
  const sellers = new Set<string>();
  const buyers = new Set<string>();
  for (const path of paths) {
    const bytes = readInputBytes(path, MAX_HASHED_BYTES);
    if (!bytes.ok) throw new LogInputError(`${path}: ${bytes.problem}`);
    all.update(bytes.bytes);
    const sha256 = createHash('sha256').update(bytes.bytes).digest('hex');
    let n = 0;
    let records = 0;
    for await (const line of readLogInput(path, options.csvMap !== undefined ? { csvMap: options.csvMap } : {})) {
      n++;
      const parsed = typeof line === 'string' ? parseLogLine(line) : line;
      if (parsed.kind === 'problem') {
        skipped++;
        options.onSkipped?.(path, n, parsed.problem);
        continue;
      }
      if (parsed.kind === 'header') {
        if (header === null) {
          const h = parsed.header;
          header = {
            ...(h.policy !== undefined ? { policy: options.headerPolicy(h.policy, path, n) } : {}),
            ...(h.from !== undefined ? { from: parseIsoInstant(h.from)! } : {}),
            ...(h.until !== undefined ? { until: parseIsoInstant(h.until)! } : {}),
          };
        }
        continue;
      }
      if (parsed.kind !== 'record') continue;
      records++;
      const { record, at } = parsed;
      firstAt = Math.min(firstAt, at);
      lastAt = Math.max(lastAt, at);
      recordCounts.set(record.type, (recordCounts.get(record.type) ?? 0) + 1);
      let entry = byClaim.get(record.claim);
      if (entry === undefined) {
        entry = { opened: null, records: [] };
        byClaim.set(record.claim, entry);
      }
      if (record.type === 'claim_opened' && entry.opened === null && entry.records.length === 0) {
        const status = (record.status ?? firstStatus(record.claimType)) as ClaimHistory['status'];
        entry.opened = { id: record.claim, seller: record.seller, buyer: record.buyer, type: record.claimType, openedAt: at, status, records: entry.records };
        sellers.add(record.seller);
        buyers.add(record.buyer);
      }
      entry.records.push({ at, record });
    }
    files.push({ name: basename(path), sha256, records });
  }
  if (!Number.isFinite(firstAt)) throw new LogInputError(`${paths.join(', ')}: no claim record could be read (a claim log has one JSON record a line, see docs/claim-log.md)`);
  const policy = options.policy?.value ?? header?.policy ?? DEFAULT_POLICY;
  const policySource = options.policy?.name ?? (header?.policy !== undefined ? 'header' : 'default');
  const claims: ClaimHistory[] = [];
  let unopened = 0;
  for (const entry of byClaim.values()) {
    if (entry.opened === null) {
      unopened++;
      continue;
    }
    // Stable by instant: a record logged out of order is read where its instant puts it.
    const sorted = entry.records.map((r, i) => ({ r, i })).sort((a, b) => a.r.at - b.r.at || a.i - b.i).map((x) => x.r);
    claims.push({ ...entry.opened, records: sorted });
  }
  claims.sort((a, b) => a.openedAt - b.openedAt);
  return {
    files,
    sha256: all.digest('hex'),
    firstAt,
    lastAt,
    start: Math.min(header?.from ?? firstAt, firstAt),
    end: Math.max(header?.until ?? lastAt, lastAt),
    policy,
    policySource,
    calendar: calendarFor(policy.timezone),
    claims,
    sellers: sellers.size,
    buyers: buyers.size,
    unopened,
    skipped,
    recordCounts,
  };
}
