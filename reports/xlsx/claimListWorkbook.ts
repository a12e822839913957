import ExcelJS from 'exceljs';
import { CLAIM_LIST_COLUMNS, type ClaimListKey, type ClaimListRow } from '../../engine/index.js';
import { fixedZipTimes } from './fixedZipTimes.js';

/** The date columns of the claim list: written as dates, so the spreadsheet filters them by period (R19). */
export const CLAIM_LIST_DATE_KEYS: readonly ClaimListKey[] = ['completedDate', 'claimDate', 'orderDate', 'shipDate'];

/** What a cell shows when its column does not apply to the claim (a cancel's ship date, say): no column is left blank. */
export const NOT_APPLICABLE = '—';

/** The rows listed from one replication of a run. */
export interface ListedReplication {
  /** 1-based, as `--replication K` counts. */
  readonly replication: number;
  readonly seed: number;
  readonly rows: readonly ClaimListRow[];
  /** Claims in the replication (more than `rows.length` when the list was cut at its cap). */
  readonly claims: number;
}

export interface ClaimListExport {
  readonly replications: readonly ListedReplication[];
  /** Rows at most over all the replications (the list's cap). */
  readonly cap: number;
  /** Where the rows come from, for the About sheet ("default.yaml, default policy"). */
  readonly source: string;
}

const FIXED_TIME = new Date(Date.UTC(2000, 0, 1));

/** Why a column can show "—", for the About sheet. */
const NOT_APPLICABLE_NOTES = [
  `“${NOT_APPLICABLE}” marks a column that does not apply to the claim, never a missing value:`,
  '  Claim completed date: the claim is still open (on hold, requested, or in progress when the run ended).',
  '  Non-receipt reason: only non-receipt claims have one.',
  '  Return collection method: only returns and exchanges send an item back.',
  '  Ship date: a cancel is made before the order ships.',
];

/**
 * R19: the claim list as an xlsx workbook with the manual's columns, then the withdrawal state
 * (a withdrawn claim says how: withdrawn:accepted or withdrawn:timeout), the claim, seller and
 * buyer ids and the replication. A frozen header with an autofilter over every column, so the
 * list is searched as in the manual's detailed search: by period (order date, claim date are
 * real dates), by status and by withdrawal state. An About sheet says what the list holds,
 * what "—" means and whether the list was cut at its cap. Deterministic bytes: fixed document
 * and zip times.
 */
export async function claimListWorkbook(e: ClaimListExport): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'claimsim';
  wb.created = FIXED_TIME;
  wb.modified = FIXED_TIME;
  const ws = wb.addWorksheet('Claims', { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = [
    ...CLAIM_LIST_COLUMNS.map(([key, header]) => ({
      key,
      header,
      width: Math.max(14, header.length + 4),
      ...(CLAIM_LIST_DATE_KEYS.includes(key) ? { style: { numFmt: 'yyyy-mm-dd' } } : {}),
    })),
    { key: 'replication', header: 'Replication', width: 14 },
  ];
  ws.getRow(1).font = { bold: true };
  for (const r of e.replications) {
    for (const row of r.rows) {
      ws.addRow({ ...Object.fromEntries(CLAIM_LIST_COLUMNS.map(([key]) => [key, cellValue(key, row[key])])), replication: r.replication });
    }
  }
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: CLAIM_LIST_COLUMNS.length + 1 } };
  const about = wb.addWorksheet('About');
  about.columns = [{ width: 110 }];
  for (const line of aboutLines(e)) about.addRow([line]);
  return fixedZipTimes(new Uint8Array(await wb.xlsx.writeBuffer()));
}

function aboutLines(e: ClaimListExport): string[] {
  const rows = e.replications.reduce((n, r) => n + r.rows.length, 0);
  const claims = e.replications.reduce((n, r) => n + r.claims, 0);
  const which = e.replications.map((r) => `${r.replication} (seed ${r.seed}, ${r.rows.length} of ${r.claims} claims listed)`).join('; ');
  return [
    'Claim list (rules.md R19): the manual’s columns, in its order, then the withdrawal state, the claim, seller and buyer ids, and the replication.',
    `Source: ${e.source}.`,
    `Replications: ${which}.`,
    rows < claims
      ? `Only ${rows} of ${claims} claims are listed: the list holds at most ${e.cap} rows, the first claims received in each replication, replication by replication; the claims beyond are not listed, and the summary report counts them all.`
      : `All ${claims} claims are listed (the list holds at most ${e.cap} rows; beyond that it lists the first claims received and says so here).`,
    'Withdrawal state: none, requested or on_hold for a claim not withdrawn; withdrawn:accepted (the buyer accepted, R8) or withdrawn:timeout (no answer by the deadline, R10) for a withdrawn one.',
    ...NOT_APPLICABLE_NOTES,
    'Search as in the manual: filter Order date or Claim date by period, Processing status (type:status) and Withdrawal state with the header filters.',
  ];
}

/** A date column's `YYYY-MM-DD` as a date (UTC midnight, which Excel shows as that date); empty shows "—". */
function cellValue(key: ClaimListKey, text: string): string | Date {
  if (text === '') return NOT_APPLICABLE;
  if (!CLAIM_LIST_DATE_KEYS.includes(key)) return text;
  const [y, m, d] = text.split('-').map(Number);
  return new Date(Date.UTC(y!, m! - 1, d!));
}
