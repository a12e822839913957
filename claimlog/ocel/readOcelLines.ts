import { type ParsedLine, parseLogLine } from '../parseLogLine.js';
import { eventOffsets } from './eventOffsets.js';
import { OCEL_RELATION_FIELDS } from './ocelTypes.js';

/** An OCEL document that cannot be read at all: where, and what. */
export class OcelInputError extends Error {
  constructor(readonly line: number, what: string) {
    super(what);
  }
}

const TOP_KEYS = ['objectTypes', 'eventTypes', 'objects', 'events'];

/** True when a log's first bytes are an OCEL 2.0 JSON document: an object whose first key is one of OCEL's. */
export function looksLikeOcel(head: string): boolean {
  return /^\uFEFF?\s*\{\s*"(objectTypes|eventTypes|objects|events)"\s*:/.test(head);
}

/**
 * An OCEL 2.0 JSON document as claim-log lines (docs/claim-log.md, OCEL 2.0): one entry per
 * physical line, each event read at the line where it starts, so the audit names the file's
 * lines. An event becomes the record of its type: `claim` (and `order`, `seller`, `buyer`) from
 * its relationships by qualifier, `at` from its time, the rest from its attributes; the record
 * is then read exactly as an NDJSON line is. Events are taken in the file's order.
 */
export function* readOcelLines(text: string): Generator<ParsedLine> {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (err) {
    throw new OcelInputError(1, `not valid JSON (${(err as Error).message}); an OCEL 2.0 log is one JSON document`);
  }
  const top = doc as Record<string, unknown>;
  for (const key of TOP_KEYS) if (!Array.isArray(top[key])) throw new OcelInputError(1, `an OCEL 2.0 document has "${key}": [...] (this one ${key in top ? 'has no array there' : 'lacks it'})`);
  const events = top['events'] as unknown[];
  const offsets = eventOffsets(text);
  const lineStarts = lineStartsOf(text);
  const lines = offsets.map((o) => lineOf(lineStarts, o));
  // Events that share a line (a document on one line) are numbered by event instead: the Nth is line N.
  const own = lines.length === events.length && lines.every((l, i) => i === 0 || l > lines[i - 1]!);
  let line = 1;
  for (const [i, event] of events.entries()) {
    for (const at = own ? lines[i]! : line; line < at; line++) yield { kind: 'blank' };
    yield toLine(event);
    line++;
  }
  if (own) for (; line <= lineStarts.length; line++) yield { kind: 'blank' };
}

function toLine(event: unknown): ParsedLine {
  if (event === null || typeof event !== 'object' || Array.isArray(event)) return { kind: 'problem', problem: 'an OCEL event is an object with id, type, time, attributes and relationships' };
  const e = event as Record<string, unknown>;
  const record: Record<string, unknown> = { type: e['type'] };
  const relationships = Array.isArray(e['relationships']) ? (e['relationships'] as Record<string, unknown>[]) : [];
  for (const r of relationships) {
    const q = r?.['qualifier'];
    if (typeof q === 'string' && (OCEL_RELATION_FIELDS as readonly string[]).includes(q) && record[q] === undefined) record[q] = r['objectId'];
  }
  record['at'] = e['time'];
  for (const a of Array.isArray(e['attributes']) ? (e['attributes'] as Record<string, unknown>[]) : []) {
    const name = a?.['name'];
    if (typeof name === 'string' && !(name in record)) record[name] = a['value'];
  }
  const id = typeof e['id'] === 'string' ? e['id'] : '?';
  if (record['claim'] === undefined && typeof e['type'] === 'string') {
    return { kind: 'problem', problem: `OCEL event ${id} (${e['type']}) relates no object with the qualifier "claim" (relate the claim it is about: {"objectId": "C-1", "qualifier": "claim"})` };
  }
  const parsed = parseLogLine(JSON.stringify(record));
  return parsed.kind === 'problem' ? { ...parsed, problem: `OCEL event ${id}: ${parsed.problem}` } : parsed;
}

function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  if (text.endsWith('\n')) starts.pop();
  return starts;
}

/** The 1-based line of a source offset (binary search over the lines' starts). */
function lineOf(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}
