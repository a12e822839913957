import type { AuditResult } from '../../../claimlog/AuditResult.js';
import { mergeAuditResults } from '../../../claimlog/mergeAuditResults.js';
import type { AuditInputs, AuditPart } from './AuditPart.js';
import { mergeShardParts } from '../shared/mergeShardParts.js';

const INPUT_WORDS: Readonly<Record<keyof AuditInputs, string>> = {
  logs: 'the logs (their names or sizes)',
  policy: 'the --policy',
  toleranceMs: 'the --tolerance',
  strict: '--strict',
  map: 'the --map',
  allow: 'the --allow list',
  today: 'the --today',
};

/**
 * The whole audit from the parts of `claimsim audit --shard i/n` (each read through
 * auditPartSchema): every part of one audit (the same fingerprint of its inputs), each shard
 * 1/n … n/n once; then their results merged (claimlog/mergeAuditResults.ts). What is wrong is
 * one line, naming the part and what differs.
 */
export function mergeAuditParts(parts: readonly (AuditPart & { readonly file: string })[]): { readonly whole: AuditResult; readonly first: AuditPart; readonly clockMismatches: number } | { readonly error: string } {
  const first = parts[0];
  if (first === undefined) return { error: 'nothing to merge: give the audit-part files of every shard' };
  for (const p of parts) {
    if (p.fingerprint === first.fingerprint) continue;
    const k = (Object.keys(INPUT_WORDS) as (keyof AuditInputs)[]).find((key) => JSON.stringify(p.inputs[key]) !== JSON.stringify(first.inputs[key]));
    return { error: `${p.file} (shard ${p.shard.index}/${p.shard.count}) is of another audit than ${first.file}: ${k !== undefined ? `${INPUT_WORDS[k]} differ${k === 'logs' ? '' : 's'}` : 'the inputs differ'} (audit every shard with the same logs and options)` };
  }
  const sorted = mergeShardParts(parts, 'audit-part', 1, (p) => p.fingerprint);
  if ('error' in sorted) return sorted;
  try {
    return { whole: mergeAuditResults(sorted.map((p) => p.result)), first: sorted[0]!, clockMismatches: sorted.reduce((n, p) => n + p.clockMismatches, 0) };
  } catch (err) {
    if (!(err instanceof Error)) throw err;
    return { error: `${err.message} (were the parts written by the same version of claimsim?)` };
  }
}
