import { CLAIM_LIST_COLUMNS, type ClaimListKey, type ClaimListRow } from '../../engine/index.js';
import { FINAL_OUTCOMES, type FinalOutcome } from '../../engine/finalOutcomes.js';

/** A claim-list row as the workbook writes it: the R19 row and how the claim ended (the summary's vocabulary). */
export type ListedRow = ClaimListRow & { readonly finalOutcome: FinalOutcome };

/**
 * Rows packed into one string, in claim order: what a worker thread sends back for its
 * replication (one string is copied at once, where thousands of row objects are cloned one by
 * one) and what the workbook reads a row at a time. About 150 bytes a row.
 */
export interface PackedRows {
  readonly text: string;
  readonly count: number;
}

const FIELD = '\u001f';
const ROW = '\u001e';
const KEYS: readonly ClaimListKey[] = CLAIM_LIST_COLUMNS.map(([key]) => key);

/** One row as a line of the packed text (no row separator). */
export function packRow(row: ListedRow): string {
  const fields = [...KEYS.map((key) => row[key]), String(FINAL_OUTCOMES.indexOf(row.finalOutcome))];
  for (const f of fields) {
    // The separators are control characters no generated text holds: a field that did would shift every column after it.
    if (f.includes(FIELD) || f.includes(ROW)) throw new Error(`packRow: a field holds a separator: ${JSON.stringify(f)}`);
  }
  return fields.join(FIELD);
}

/** Lines of packRow, in order, as one PackedRows. */
export function packLines(lines: readonly string[]): PackedRows {
  return { text: lines.join(ROW), count: lines.length };
}

/** Rows packed in order. */
export function packRows(rows: Iterable<ListedRow>): PackedRows {
  return packLines(Array.from(rows, packRow));
}

/**
 * The rows back as their fields, one row at a time, without unpacking the others: the R19
 * columns in CLAIM_LIST_COLUMNS order, then the final outcome's index in FINAL_OUTCOMES.
 */
export function* unpackFields(p: PackedRows): Generator<readonly string[]> {
  let at = 0;
  for (let n = 0; n < p.count; n++) {
    const end = p.text.indexOf(ROW, at);
    yield p.text.slice(at, end < 0 ? undefined : end).split(FIELD);
    at = end + 1;
  }
}

/** A row's fields (unpackFields) as the row. */
export function rowOfFields(fields: readonly string[]): ListedRow {
  const row = Object.fromEntries(KEYS.map((key, i) => [key, fields[i]!])) as ClaimListRow;
  return { ...row, finalOutcome: outcomeOfFields(fields) };
}

/** A row's final outcome, from its fields (unpackFields). */
export function outcomeOfFields(fields: readonly string[]): FinalOutcome {
  return FINAL_OUTCOMES[Number(fields[KEYS.length])]!;
}

/** The rows back, one at a time, without unpacking the others. */
export function* unpackRows(p: PackedRows): Generator<ListedRow> {
  for (const fields of unpackFields(p)) yield rowOfFields(fields);
}
