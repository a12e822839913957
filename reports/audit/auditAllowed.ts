import type { AllowEntry, AllowReport } from '../../claimlog/allow/AllowList.js';
import { count } from '../render/format.js';

/** An entry of an --allow file in words, where it stands first: `allow.yaml:9: entry 3 (R10 C-2024-*, expires 2024-08-31)`. */
export function allowEntryText(a: Pick<AllowReport, 'file'>, e: AllowEntry): string {
  return `${a.file}:${e.line}: entry ${e.entry} (${e.rule} ${e.claims}, expires ${e.expires})`;
}

/** The reasons of the entries that accept a claim, each once. */
export function allowReasons(by: readonly { readonly reason: string }[]): string {
  return [...new Set(by.map((e) => e.reason))].join('; ');
}

/** The warnings of an --allow file: each entry past its day (it allowed nothing), each entry in force that matched no violation. */
export function allowWarnings(a: AllowReport): string[] {
  return [
    ...a.expired.map((e) => `${allowEntryText(a, e)} expired before ${a.today}: it allows nothing (renew its expires: or remove it)`),
    ...a.unused.map((e) => `${allowEntryText(a, e)} matched no violation: it may be removed`),
  ];
}

/** One line on the accepted deviations: how many claims, from which file, and its warnings counted. */
export function allowSummary(a: AllowReport): string {
  const n = a.claims.length;
  return `${count(n)} violating claim${n === 1 ? '' : 's'} accepted by ${a.file} (on ${a.today}); ${count(a.expired.length)} expired, ${count(a.unused.length)} unused entr${a.unused.length === 1 ? 'y' : 'ies'}`;
}
