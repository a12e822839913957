import { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import { CLAIM_LIST_COLUMNS, type ClaimListKey } from '../../engine/index.js';
import { outcomeLabel, outcomeLegend } from '../model/outcomeLabel.js';
import { fixedZipTimes } from './fixedZipTimes.js';
import { type ListedRow, type PackedRows, outcomeOfFields, unpackFields } from './listedRows.js';

/** The date columns of the claim list: written as dates, so the spreadsheet filters them by period (R19). */
export const CLAIM_LIST_DATE_KEYS: readonly ClaimListKey[] = ['completedDate', 'claimDate', 'orderDate', 'shipDate'];

/** What a cell shows when its column does not apply to the claim (a cancel's ship date, say): no column is left blank. */
export const NOT_APPLICABLE = '—';

/** The workbook's columns after the engine's R19 columns (CLAIM_LIST_COLUMNS), 1-based from there on. */
export const REPLICATION_COLUMN = CLAIM_LIST_COLUMNS.length + 1;
export const FINAL_OUTCOME_COLUMN = CLAIM_LIST_COLUMNS.length + 2;

/** The rows listed from one replication of a run. */
export interface ListedReplication {
  /** 1-based, as `--replication K` counts. */
  readonly replication: number;
  readonly seed: number;
  readonly rows: PackedRows;
  /** Claims in the replication (more than `rows.count` when the list was cut at its cap). */
  readonly claims: number;
}

export interface ClaimListExport {
  readonly replications: readonly ListedReplication[];
  /** Rows at most over all the replications (the list's cap). */
  readonly cap: number;
  /** Where the rows come from, for the About sheet ("default.yaml, default policy"). */
  readonly source: string;
  /**
   * Looked at between rows (a signal while the reports are written): once true, no further row
   * is written, and the About sheet says the list was cut short and how to get it whole.
   */
  readonly shouldStop?: () => boolean;
}

/** The workbook's bytes, and how many rows it holds (fewer than listed when `shouldStop` cut it short). */
export interface ClaimListFile {
  readonly bytes: Uint8Array;
  readonly rows: number;
  /** True when `shouldStop` cut the list short. */
  readonly cut: boolean;
}

const FIXED_TIME = new Date(Date.UTC(2000, 0, 1));
const DATE_STYLE: Partial<ExcelJS.Style> = { numFmt: 'yyyy-mm-dd' };
const PLAIN_STYLE: Partial<ExcelJS.Style> = {};
/** Each column's cell style: the date columns show dates as dates (filterable by period). */
const CELL_STYLES = [...CLAIM_LIST_COLUMNS.map(([key]) => (CLAIM_LIST_DATE_KEYS.includes(key) ? DATE_STYLE : PLAIN_STYLE)), PLAIN_STYLE, PLAIN_STYLE];
/** Rows between two looks at the event loop: the zip drains its buffer, and a signal is heard. */
const ROWS_PER_TURN = 2_000;

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
 * buyer ids, the replication and the claim's final outcome (the summary's vocabulary, labelled).
 * A frozen header with an autofilter over every column, so the list is searched as in the
 * manual's detailed search: by period (order date, claim date are real dates), by status, by
 * withdrawal state, by outcome. An About sheet says what the list holds, what "—" means and
 * whether the list was cut at its cap. Written by exceljs's streaming writer, a row at a time,
 * so memory does not grow with the list (only the compressed bytes are held). Deterministic
 * bytes: fixed document and zip times.
 */
export async function claimListWorkbook(e: ClaimListExport): Promise<ClaimListFile> {
  const chunks: Buffer[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk);
      done();
    },
  });
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: sink, useStyles: true, useSharedStrings: false });
  wb.creator = 'claimsim';
  wb.created = FIXED_TIME;
  wb.modified = FIXED_TIME;
  const ws = wb.addWorksheet('Claims', { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = [
    ...CLAIM_LIST_COLUMNS.map(([key, header]) => ({ key, header, width: Math.max(14, header.length + 4) })),
    { key: 'replication', header: 'Replication', width: 14 },
    { key: 'finalOutcome', header: 'Final outcome', width: 52 },
  ];
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: FINAL_OUTCOME_COLUMN } };
  const header = ws.getRow(1);
  header.font = { bold: true };
  header.commit();
  const written = new Map<number, number>();
  let cut = false;
  let rows = 0;
  write: for (const r of e.replications) {
    written.set(r.replication, 0);
    for (const fields of unpackFields(r.rows)) {
      if (rows % ROWS_PER_TURN === 0) {
        await new Promise((resolve) => setImmediate(resolve));
        if (e.shouldStop?.()) {
          cut = true;
          break write;
        }
      }
      const added = ws.addRow(cells(fields, r.replication));
      // One style object per column, shared by its cells: exceljs registers a style it has seen once.
      for (let c = 0; c < CELL_STYLES.length; c++) added.getCell(c + 1).style = CELL_STYLES[c]!;
      added.commit();
      written.set(r.replication, written.get(r.replication)! + 1);
      rows++;
    }
  }
  ws.commit();
  const about = wb.addWorksheet('About');
  about.columns = [{ width: 110 }];
  for (const line of aboutLines(e, written, cut)) about.addRow([line]).commit();
  about.commit();
  await wb.commit();
  return { bytes: fixedZipTimes(Buffer.concat(chunks)), rows, cut };
}

/** The cells of one row (its packed fields), in column order: dates as dates, "—" where a column does not apply, the outcome labelled with its key. */
function cells(fields: readonly string[], replication: number): (string | number | Date)[] {
  const out: (string | number | Date)[] = CLAIM_LIST_COLUMNS.map(([key], i) => cellValue(key, fields[i]!));
  out.push(replication, finalOutcomeText(outcomeOfFields(fields)));
  return out;
}

/** The final outcome as the list shows it: the summary's label, then its key, as the console prints them. */
export function finalOutcomeText(outcome: ListedRow['finalOutcome']): string {
  return `${outcomeLabel(outcome)} (${outcome})`;
}

function aboutLines(e: ClaimListExport, written: ReadonlyMap<number, number>, cut: boolean): string[] {
  const listed = e.replications.reduce((n, r) => n + r.rows.count, 0);
  const rows = [...written.values()].reduce((n, k) => n + k, 0);
  const claims = e.replications.reduce((n, r) => n + r.claims, 0);
  const which = e.replications.map((r) => `${r.replication} (seed ${r.seed}, ${written.get(r.replication) ?? 0} of ${r.claims} claims listed)`).join('; ');
  return [
    'Claim list (rules.md R19): the manual’s columns, in its order, then the withdrawal state, the claim, seller and buyer ids, the replication, and the final outcome.',
    `Source: ${e.source}.`,
    `Replications: ${which}.`,
    ...(cut
      ? [
          `PARTIAL: the run was interrupted while this list was written, so only ${rows} of the ${listed} rows due are here (the first claims received, replication by replication). Run the command again for the whole list.`,
          `Due had it not been interrupted: ${listed} of ${claims} claims (the list holds at most ${e.cap} rows, the first claims received in each replication, replication by replication).`,
        ]
      : listed < claims
        ? [
            `Only ${listed} of ${claims} claims are listed: the list holds at most ${e.cap} rows, the first claims received in each replication, replication by replication; the claims beyond are not listed, and the summary report counts them all.`,
          ]
        : [`All ${claims} claims are listed (the list holds at most ${e.cap} rows; beyond that it lists the first claims received and says so here).`]),
    'Claim ids restart in every replication (C0, C1, … in each): a claim is its replication and its id. Explain one with claimsim explain --population FILE --replication K --claim ID (the same --seed as the run).',
    'Withdrawal state: none, requested or on_hold for a claim not withdrawn; withdrawn:accepted (the buyer accepted, R8) or withdrawn:timeout (no answer by the deadline, R10) for a withdrawn one.',
    `Final outcome: how the claim ended, in the summary’s words and key: ${outcomeLegend().map((o) => `${o.label} (${o.key})`).join('; ')}. A claim whose withdrawal state is none may have lapsed, been cancelled by the seller, or never been asked.`,
    ...NOT_APPLICABLE_NOTES,
    'Search as in the manual: filter Order date or Claim date by period, Processing status (type:status), Withdrawal state and Final outcome with the header filters.',
  ];
}

/** A date column's `YYYY-MM-DD` as a date (UTC midnight, which Excel shows as that date); empty shows "—". */
function cellValue(key: ClaimListKey, text: string): string | Date {
  if (text === '') return NOT_APPLICABLE;
  if (!CLAIM_LIST_DATE_KEYS.includes(key)) return text;
  const [y, m, d] = text.split('-').map(Number);
  return new Date(Date.UTC(y!, m! - 1, d!));
}
