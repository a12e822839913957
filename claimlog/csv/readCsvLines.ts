import type { Readable } from 'node:stream';
import { CsvError, parse } from 'csv-parse';
import { calendarFor } from '../../engine/index.js';
import type { ParsedLine } from '../parseLogLine.js';
import type { CsvMap } from './CsvMap.js';
import { type ColumnIndex, csvRowToLine, indexColumns } from './csvRowToLine.js';

/** A CSV export whose header row lacks a column the mapping names, or that is not valid CSV. */
export class CsvInputError extends Error {
  constructor(readonly line: number, what: string) {
    super(what);
  }
}

const NEWLINE = /\r\n|\r|\n/g;

/** How many line breaks a record's raw text holds inside it (csv-parse keeps its record delimiter, or part of a CRLF one, at the end). */
function innerBreaks(raw: string): number {
  const all = raw.match(NEWLINE)?.length ?? 0;
  return /[\r\n]$/.test(raw) ? all - 1 : all;
}

/**
 * The lines of a CSV export as claim-log lines (docs/claim-log.md, CSV exports), streamed: one
 * entry per physical line of the file, so the audit's line numbers are the CSV's. A row is read
 * at its first line (the header row and a row's further lines are blank to the audit); quotes,
 * embedded delimiters and line breaks, CRLF and a UTF-8 BOM are CSV's own (csv-parse).
 */
export async function* readCsvLines(input: Readable, map: CsvMap): AsyncGenerator<ParsedLine> {
  const calendar = calendarFor(map.zone);
  const parser = input.pipe(parse({ bom: true, delimiter: map.delimiter, raw: true, relax_column_count: true, relax_quotes: true, skip_empty_lines: false }));
  input.on('error', (err) => parser.destroy(err));
  let line = 1;
  let index: ColumnIndex | null = null;
  try {
    for await (const { record, raw } of parser as AsyncIterable<{ record: string[]; raw: string }>) {
      const first = line;
      line += innerBreaks(raw) + 1;
      if (index === null) {
        if (record.every((cell) => cell.trim() === '')) {
          yield* blanks(line - first);
          continue;
        }
        const found = indexColumns(record, map);
        if (typeof found === 'string') throw new CsvInputError(first, `${found} (fix the mapping's columns:, or give the export with its header row)`);
        index = found;
        yield* blanks(line - first);
        continue;
      }
      yield csvRowToLine(record, index, map, calendar);
      yield* blanks(line - first - 1);
    }
  } catch (err) {
    if (err instanceof CsvInputError) throw err;
    if (err instanceof CsvError) {
      // csv-parse counts a CRLF inside quotes as two lines: the row's own first line is ours.
      const what = err.code === 'CSV_QUOTE_NOT_CLOSED' ? 'a quote opened in this row is never closed' : err.message.replace(/ at line \d+/, '').replace(/\.$/, '');
      throw new CsvInputError(line, `not valid CSV: ${what} (close the quote, or double a quote inside a quoted field: "")`);
    }
    throw err;
  }
}

function* blanks(n: number): Generator<ParsedLine> {
  for (let i = 0; i < n; i++) yield { kind: 'blank' };
}
