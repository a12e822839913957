import type { AuditResult } from '../../claimlog/AuditResult.js';
import { count } from '../render/format.js';

/** `1 claim`, `2 claims`, `1,000 records`. */
export function counted(n: number, noun: string): string {
  return `${count(n)} ${noun}${n === 1 ? '' : 's'}`;
}

/** A tolerance in words: `0`, `15m`, `1h30m`, `90s`. */
export function toleranceText(ms: number): string {
  if (ms === 0) return '0';
  const h = Math.floor(ms / 3_600_000);
  const m = Math.floor((ms % 3_600_000) / 60_000);
  const s = Math.floor((ms % 60_000) / 1000);
  const rest = ms % 1000;
  return `${h ? `${h}h` : ''}${m ? `${m}m` : ''}${s ? `${s}s` : ''}${rest ? `${rest}ms` : ''}`;
}

/** Where the policy came from, in words. */
export function policySourceText(r: AuditResult): string {
  const from = r.policy.source === 'option' ? '--policy' : r.policy.source === 'header' ? "the log's header" : 'the default (no --policy, no header)';
  return `${from}, ${r.policy.timezone}`;
}

/** `file:line`, or the log's end. */
export function placeText(file: string | null, line: number | null): string {
  return file === null || line === null ? "the log's end" : `${file}:${line}`;
}

/** The data findings and unreadable lines in one line. */
export function findingsText(r: AuditResult): string {
  const unknownTypes = Object.values(r.unknownRecordTypes).reduce((a, b) => a + b, 0);
  return [
    `duplicates ${count(r.findings.duplicate)}`,
    `out of order ${count(r.findings.out_of_order)}`,
    `clock regressions ${count(r.findings.clock_regression)}`,
    `skipped lines ${count(r.skippedLines)}`,
    `unknown record types ${count(unknownTypes)}${unknownTypes ? ` (${Object.entries(r.unknownRecordTypes).map(([t, n]) => `${t} ${count(n)}`).join(', ')})` : ''}`,
  ].join(' · ');
}
