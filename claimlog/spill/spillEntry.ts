import type { LogRecord } from '../LogRecord.js';
import type { LoggedRecord } from '../LoggedRecord.js';

/**
 * One line of a spill bucket: a claim's state when spilled (`o`), a record it held then (`d`), a
 * record that came after (`r`, with the instant of the line above when the log's clock went
 * back there), or a mark: where it would have been judged (`j`) or forgotten (`f`), or a line of
 * it that could not be read (`u`).
 */
export type SpillEntry =
  | { readonly k: 'o'; readonly c: string; readonly u: string | null; readonly x: { file: number; line: number } | null }
  | { readonly k: 'd'; readonly c: string; readonly r: LoggedRecord }
  | { readonly k: 'r'; readonly c: string; readonly r: LoggedRecord; readonly g?: number }
  | { readonly k: 'j' | 'f'; readonly c: string; readonly f: number; readonly l: number }
  | { readonly k: 'u'; readonly c: string; readonly reason: string; readonly f: number; readonly l: number };

/**
 * A record entry as text: `d` or `r`, its file, line, instant, judged instant, rank and the
 * line above's instant (empty when none), then the record's JSON, which is `json` when given
 * (the log's own line, when reading it gave exactly this record: no second serialisation).
 */
export function encodeRecordEntry(k: 'd' | 'r', r: LoggedRecord, g: number | undefined, json?: string): string {
  return `${k} ${r.file} ${r.line} ${r.at} ${r.eff} ${r.rank} ${g === undefined ? '' : g} ${json ?? JSON.stringify(r.record)}`;
}

/** Any other entry as text: `J` and its JSON. */
export function encodeMark(e: Exclude<SpillEntry, { k: 'd' | 'r' }>): string {
  return `J ${JSON.stringify(e)}`;
}

/** An entry back from its text. */
export function decodeEntry(text: string): SpillEntry {
  if (text.charCodeAt(0) === 74 /* J */) return JSON.parse(text.slice(2)) as SpillEntry;
  const k = text[0] as 'd' | 'r';
  let from = 2;
  const next = (): string => {
    const to = text.indexOf(' ', from);
    const field = text.slice(from, to);
    from = to + 1;
    return field;
  };
  const file = Number(next());
  const line = Number(next());
  const at = Number(next());
  const eff = Number(next());
  const rank = Number(next()) as 0 | 1;
  const above = next();
  const record = JSON.parse(text.slice(from)) as LogRecord;
  const r: LoggedRecord = { record, file, line, at, eff, rank };
  if (k === 'd') return { k, c: record.claim, r };
  return above === '' ? { k, c: record.claim, r } : { k, c: record.claim, r, g: Number(above) };
}
