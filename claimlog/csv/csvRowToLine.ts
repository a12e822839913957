import { type Calendar, parseDateText, toExistingInstant } from '../../engine/index.js';
import { formatInstant } from '../formatInstant.js';
import { type ParsedLine, parseLogLine } from '../parseLogLine.js';
import { CSV_INSTANT_FIELDS, type CsvField, type CsvMap } from './CsvMap.js';

/** Where each mapped field stands in a row: the header's column index for it. */
export type ColumnIndex = ReadonlyMap<CsvField, number>;

const INSTANT_FIELDS: ReadonlySet<string> = new Set(CSV_INSTANT_FIELDS);
const LOCAL = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}(?::\d{2})?)$/;

/**
 * Finds each mapped column in the export's header row; the problem naming the first column the
 * mapping names that the header lacks, or the index.
 */
export function indexColumns(header: readonly string[], map: CsvMap): ColumnIndex | string {
  const at = new Map<string, number>();
  header.forEach((name, i) => {
    if (!at.has(name.trim())) at.set(name.trim(), i);
  });
  const index = new Map<CsvField, number>();
  for (const [field, column] of Object.entries(map.columns) as [CsvField, string | undefined][]) {
    if (column === undefined) continue;
    const i = at.get(column);
    if (i === undefined) return `the header row has no column "${column}" (the mapping's columns.${field}); its columns are ${header.map((h) => `"${h}"`).join(', ')}`;
    index.set(field, i);
  }
  return index;
}

/** A cell's time as an ISO instant with an offset, or what is wrong with it. */
function readTime(text: string, map: CsvMap, calendar: Calendar): string | { problem: string } {
  if (map.time === 'iso') return text;
  const m = LOCAL.exec(text);
  if (m === null) return { problem: `"${text}" is not a local time YYYY-MM-DD HH:mm[:ss] (the mapping says time: local, zone ${map.zone})` };
  const parts = parseDateText(`${m[1]}T${m[2]}`);
  if (typeof parts === 'string') return { problem: parts };
  const t = toExistingInstant(parts, calendar, text);
  return typeof t === 'string' ? { problem: t } : formatInstant(t, calendar);
}

/**
 * One CSV row as a claim-log line (docs/claim-log.md, CSV exports): the mapped cells become the
 * record's fields (an empty cell is a field left out), times in the mapping's format become
 * instants with an offset, and the record is then read exactly as an NDJSON line is.
 */
export function csvRowToLine(row: readonly string[], index: ColumnIndex, map: CsvMap, calendar: Calendar): ParsedLine {
  if (row.every((cell) => cell.trim() === '')) return { kind: 'blank' };
  const record: Record<string, string> = {};
  for (const [field, i] of index) {
    const cell = (row[i] ?? '').trim();
    if (cell === '') continue;
    if (field === 'type') record[field] = Object.hasOwn(map.types, cell) ? map.types[cell]! : cell;
    else if (INSTANT_FIELDS.has(field)) {
      const time = readTime(cell, map, calendar);
      if (typeof time !== 'string') {
        return withClaim(`column "${map.columns[field]}" (${field}): ${time.problem}`, row, index);
      }
      record[field] = time;
    } else record[field] = cell;
  }
  const parsed = parseLogLine(JSON.stringify({ type: record['type'], claim: record['claim'], at: record['at'], ...record }));
  if (parsed.kind === 'unknown_type' && !Object.hasOwn(map.types, row[index.get('type')!]?.trim() ?? '')) {
    const value = row[index.get('type')!]!.trim();
    return withClaim(`column "${map.columns.type}": "${value}" is not a record type the mapping names (add it under types:, such as "${value}": claim_opened)`, row, index);
  }
  return parsed.kind === 'problem' ? { ...parsed, problem: `${parsed.problem.replace(/ \(see docs\/claim-log\.md\)$/, '')} (check the row's cells against the mapping)` } : parsed;
}

function claimOf(row: readonly string[], index: ColumnIndex): string {
  return (row[index.get('claim')!] ?? '').trim();
}

function withClaim(problem: string, row: readonly string[], index: ColumnIndex): ParsedLine {
  const claim = claimOf(row, index);
  return claim === '' ? { kind: 'problem', problem } : { kind: 'problem', problem, claim };
}
