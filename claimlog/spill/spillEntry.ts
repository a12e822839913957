import type { HeldRecord } from '../HeldClaim.js';
import { type LogRecord, RECORD_TYPES } from '../LogRecord.js';
import type { LoggedRecord } from '../LoggedRecord.js';

/**
 * One line of a spill bucket: a claim's state when spilled (`o`), a record it held then (`d`), a
 * record that came after (`r`, with the instant of the line above when the log's clock went
 * back there), or a mark: where it would have been judged (`j`) or forgotten (`f`), or a line of
 * it that could not be read (`u`). A record comes back as its JSON, not parsed (`HeldRecord`),
 * with what reading its claim back needs of it: its type, and whether it finishes the claim.
 */
export type SpillEntry =
  | { readonly k: 'o'; readonly c: string; readonly u: string | null; readonly x: { file: number; line: number } | null }
  | { readonly k: 'd' | 'r'; readonly c: string; readonly r: HeldRecord; readonly closes: boolean; readonly g?: number }
  | { readonly k: 'j' | 'f'; readonly c: string; readonly f: number; readonly l: number }
  | { readonly k: 'u'; readonly c: string; readonly reason: string; readonly f: number; readonly l: number };

/** A record type's number in the spill (its place in `RECORD_TYPES`). */
const TYPE_NUMBER = new Map<string, number>(RECORD_TYPES.map((t, i) => [t, i]));

/** What a record entry says of its record besides its JSON: where and when, its claim and type, whether it finishes the claim. */
export interface SpilledRecord extends Omit<LoggedRecord, 'record'> {
  readonly claim: string;
  readonly type: LogRecord['type'];
  readonly closes: boolean;
}

/**
 * A record entry's head: `d` or `r`, its file, line, instant, judged instant, rank, the line
 * above's instant (empty when none), its type's number, 1 when it finishes its claim (else 0;
 * always 0 for `d`, as only open claims are spilled), the length of the claim id's JSON and that
 * JSON, each followed by a space. The record's JSON follows it (`SpillBuckets.append` writes the
 * two without joining them).
 */
export function recordEntryHead(k: 'd' | 'r', r: SpilledRecord, g: number | undefined): string {
  const claim = JSON.stringify(r.claim);
  return `${k} ${r.file} ${r.line} ${r.at} ${r.eff} ${r.rank} ${g === undefined ? '' : g} ${TYPE_NUMBER.get(r.type)!} ${r.closes ? 1 : 0} ${claim.length} ${claim} `;
}

/** A record entry as text: its head, then the record's JSON (`json`: the log's own line when reading it gave exactly this record). */
export function encodeRecordEntry(k: 'd' | 'r', r: SpilledRecord, g: number | undefined, json: string): string {
  return recordEntryHead(k, r, g) + json;
}

/**
 * Any other entry as text. The marks written for most spilled claims are short text: `j` or `f`,
 * file, line and the claim id's JSON; `o` and the claim id's JSON for a claim spilled with
 * nothing unreadable. The rest (rare): `J` and the entry's JSON.
 */
export function encodeMark(e: Exclude<SpillEntry, { k: 'd' | 'r' }>): string {
  if (e.k === 'j' || e.k === 'f') return `${e.k} ${e.f} ${e.l} ${JSON.stringify(e.c)}`;
  if (e.k === 'o' && e.u === null && e.x === null) return `o ${JSON.stringify(e.c)}`;
  return `J ${JSON.stringify(e)}`;
}

/** A claim id back from its JSON in `text` from `from` to `to` (read without `JSON.parse` when nothing in it is escaped). */
function claimIn(text: string, from: number, to: number): string {
  const json = text.slice(from, to);
  return json.includes('\\') ? (JSON.parse(json) as string) : json.slice(1, -1);
}

/** The number written at `at` in `text` up to the next space (integers read digit by digit): into `NUM`; returns where the next field starts. */
function numberAt(text: string, at: number): number {
  let i = at;
  let negative = false;
  if (text.charCodeAt(i) === 45 /* - */) {
    negative = true;
    i++;
  }
  let n = 0;
  for (;;) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) break;
    n = n * 10 + d;
    i++;
  }
  if (text.charCodeAt(i) !== 32 || i === at || n > Number.MAX_SAFE_INTEGER) {
    // Not a plain integer (a fraction, an exponent): as Number reads it.
    const to = text.indexOf(' ', at);
    NUM = Number(text.slice(at, to));
    return to + 1;
  }
  NUM = negative ? -n : n;
  return i + 1;
}
/** The number `numberAt` read last (no object a field). */
let NUM = 0;

/** An entry back from its text (a record's JSON is not parsed here: it is when its claim is judged). */
export function decodeEntry(text: string): SpillEntry {
  const k = text.charCodeAt(0);
  if (k === 74 /* J */) return JSON.parse(text.slice(2)) as SpillEntry;
  if (k === 111 /* o */) return { k: 'o', c: claimIn(text, 2, text.length), u: null, x: null };
  let from = numberAt(text, 2);
  const file = NUM;
  from = numberAt(text, from);
  const line = NUM;
  if (k === 106 /* j */ || k === 102 /* f */) return { k: k === 106 ? 'j' : 'f', c: claimIn(text, from, text.length), f: file, l: line };
  from = numberAt(text, from);
  const at = NUM;
  from = numberAt(text, from);
  const eff = NUM;
  from = numberAt(text, from);
  const rank = NUM as 0 | 1;
  let g: number | undefined;
  if (text.charCodeAt(from) === 32) from++;
  else {
    from = numberAt(text, from);
    g = NUM;
  }
  from = numberAt(text, from);
  const type = RECORD_TYPES[NUM]!;
  from = numberAt(text, from);
  const closes = NUM === 1;
  from = numberAt(text, from);
  const end = from + NUM;
  const c = claimIn(text, from, end);
  const r: HeldRecord = { text: text.slice(end + 1), record: null, type, file, line, at, eff, rank };
  if (k === 100 /* d */) return { k: 'd', c, r, closes };
  return g === undefined ? { k: 'r', c, r, closes } : { k: 'r', c, r, closes, g };
}
