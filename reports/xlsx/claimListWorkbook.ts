import ExcelJS from 'exceljs';
import { CLAIM_LIST_COLUMNS, type ClaimListKey, type ClaimListRow } from '../../engine/index.js';
import { fixedZipTimes } from './fixedZipTimes.js';

/** The date columns of the claim list: written as dates, so the spreadsheet filters them by period (R19). */
export const CLAIM_LIST_DATE_KEYS: readonly ClaimListKey[] = ['completedDate', 'claimDate', 'orderDate', 'shipDate'];

export interface ClaimListExport {
  readonly rows: readonly ClaimListRow[];
  /** Claims in the run (more than `rows.length` when the list was cut at its cap). */
  readonly claims: number;
  /** Where the rows come from, for the About sheet ("default.yaml, seed 1, default policy"). */
  readonly source: string;
}

const FIXED_TIME = new Date(Date.UTC(2000, 0, 1));

/**
 * R19: the claim list as an xlsx workbook with the manual's columns plus the withdrawal
 * state. A frozen header with an autofilter over every column, so the list is searched as
 * in the manual's detailed search: by period (order date, claim date are real dates), by
 * status and by withdrawal state. An About sheet says what the list holds and whether it was
 * cut. Deterministic bytes: fixed document and zip times.
 */
export async function claimListWorkbook(e: ClaimListExport): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'claimsim';
  wb.created = FIXED_TIME;
  wb.modified = FIXED_TIME;
  const ws = wb.addWorksheet('Claims', { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = CLAIM_LIST_COLUMNS.map(([key, header]) => ({
    key,
    header,
    width: Math.max(14, header.length + 4),
    ...(CLAIM_LIST_DATE_KEYS.includes(key) ? { style: { numFmt: 'yyyy-mm-dd' } } : {}),
  }));
  ws.getRow(1).font = { bold: true };
  for (const row of e.rows) ws.addRow(Object.fromEntries(CLAIM_LIST_COLUMNS.map(([key]) => [key, cellValue(key, row[key])])));
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: CLAIM_LIST_COLUMNS.length } };
  const cut = e.rows.length < e.claims;
  const about = wb.addWorksheet('About');
  about.columns = [{ width: 110 }];
  for (const line of [
    'Claim list (rules.md R19): the manual’s columns, in its order, plus the withdrawal state.',
    `Source: ${e.source}.`,
    cut
      ? `Only the first ${e.rows.length} of ${e.claims} claims are listed (the list is capped); the summary report counts them all.`
      : `All ${e.claims} claims are listed.`,
    'Search as in the manual: filter Order date or Claim date by period, Processing status (type:status) and Withdrawal state with the header filters.',
  ]) {
    about.addRow([line]);
  }
  return fixedZipTimes(new Uint8Array(await wb.xlsx.writeBuffer()));
}

/** A date column's `YYYY-MM-DD` as a date (UTC midnight, which Excel shows as that date); empty stays empty. */
function cellValue(key: ClaimListKey, text: string): string | Date | null {
  if (text === '') return null;
  if (!CLAIM_LIST_DATE_KEYS.includes(key)) return text;
  const [y, m, d] = text.split('-').map(Number);
  return new Date(Date.UTC(y!, m! - 1, d!));
}
