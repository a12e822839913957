import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { CLAIM_LIST_COLUMNS, CLAIM_TYPES, DEFAULT_POLICY } from '../../../engine/index.js';
import { ClaimDescriber, CompiledPopulation, loadPopulationFile, runPopulation } from '../../../generators/index.js';
import { claimListCollector } from '../../../reports/xlsx/claimListCollector.js';
import { CLAIM_LIST_DATE_KEYS, FINAL_OUTCOME_COLUMN, NOT_APPLICABLE, REPLICATION_COLUMN, claimListWorkbook, finalOutcomeText } from '../../../reports/xlsx/claimListWorkbook.js';
import { unpackRows } from '../../../reports/xlsx/listedRows.js';
import { FINAL_OUTCOMES } from '../../../engine/finalOutcomes.js';

const population = loadPopulationFile('generators/populations/default.yaml');
const CLAIMS = 1500;

/** One replication of the default population, listed as `claimsim all` lists it. */
function listed(seed: number, cap = CLAIMS) {
  const list = claimListCollector({ describer: new ClaimDescriber(seed), parties: new CompiledPopulation(population, DEFAULT_POLICY, seed, CLAIMS) }, cap, DEFAULT_POLICY.timezone);
  const { summary } = runPopulation(population, { policy: DEFAULT_POLICY, seed, claims: CLAIMS, onClaimFinished: list.onFinishedClaim });
  return { summary, rows: list.packed(), claims: list.claims() };
}

async function workbookOf(seeds: readonly number[]) {
  const replications = seeds.map((seed, r) => ({ replication: r + 1, seed, ...listed(seed) }));
  return { replications, bytes: (await claimListWorkbook({ replications, cap: CLAIMS * seeds.length, source: 'default.yaml, default policy' })).bytes };
}

async function sheetOf(bytes: Uint8Array) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return wb;
}

type Cell = ExcelJS.CellValue;
const col = (key: string) => CLAIM_LIST_COLUMNS.findIndex(([k]) => k === key) + 1;

describe('the claim list of a population run (R19, claims.xlsx)', async () => {
  const { replications, bytes } = await workbookOf([7, 8]);
  const wb = await sheetOf(bytes);
  const ws = wb.getWorksheet('Claims')!;
  const rows: Cell[][] = [];
  ws.eachRow((row, n) => {
    if (n > 1) rows.push((row.values as Cell[]).slice(1));
  });
  const value = (row: Cell[], key: string) => row[col(key) - 1];
  const status = (row: Cell[]) => String(value(row, 'processingStatus'));

  it('lists every claim of every replication, each tagged with its replication', () => {
    expect(rows).toHaveLength(2 * CLAIMS);
    expect(replications.map((r) => r.summary.claims)).toEqual([CLAIMS, CLAIMS]);
    expect(rows.filter((r) => r[REPLICATION_COLUMN - 1] === 2)).toHaveLength(CLAIMS);
  });

  it('gives each claim its final outcome in the summary’s words: the list counts each outcome as the summary does', () => {
    for (const [r, { summary }] of replications.entries()) {
      const listed = rows.filter((row) => row[REPLICATION_COLUMN - 1] === r + 1).map((row) => row[FINAL_OUTCOME_COLUMN - 1]);
      for (const outcome of FINAL_OUTCOMES) {
        expect(listed.filter((o) => o === finalOutcomeText(outcome)).length, outcome).toBe(summary.outcomes[outcome]);
      }
    }
    expect(finalOutcomeText('lapsed')).toBe('withdrawal lapsed (lapsed)');
    // "none" in the withdrawal state covers lapsed, cancelled and never-requested claims: the outcome tells them apart.
    const ofNone = new Set(rows.filter((r) => value(r, 'withdrawal') === 'none').map((r) => r[FINAL_OUTCOME_COLUMN - 1]));
    for (const o of ['lapsed', 'cancelledBySeller', 'completedNormally'] as const) expect(ofNone, o).toContain(finalOutcomeText(o));
    // A withdrawn claim's outcome says how, as its withdrawal state does.
    for (const r of rows) {
      if (value(r, 'withdrawal') === 'withdrawn:accepted') expect(r[FINAL_OUTCOME_COLUMN - 1]).toBe(finalOutcomeText('withdrawnByAcceptance'));
      if (value(r, 'withdrawal') === 'withdrawn:timeout') expect(r[FINAL_OUTCOME_COLUMN - 1]).toBe(finalOutcomeText('withdrawnByTimeout'));
      if (value(r, 'withdrawal') === 'on_hold') expect(r[FINAL_OUTCOME_COLUMN - 1]).toBe(finalOutcomeText('onHoldAtEnd'));
    }
  });

  it('has the row types a seller sees: every claim type, and withdrawn (accepted, timed out), on hold, completed claims', () => {
    for (const t of CLAIM_TYPES) expect(rows.some((r) => status(r).startsWith(`${t}:`)), t).toBe(true);
    const withdrawal = new Set(rows.map((r) => value(r, 'withdrawal')));
    for (const w of ['withdrawn:accepted', 'withdrawn:timeout', 'on_hold', 'none']) expect(withdrawal, w).toContain(w);
    expect(rows.some((r) => /:(cancel|return|exchange)_completed$/.test(status(r)))).toBe(true);
    // A withdrawn claim says how it was withdrawn; nothing else does.
    for (const r of rows) expect(String(value(r, 'withdrawal')).startsWith('withdrawn:'), status(r)).toBe(status(r).endsWith(':withdrawn'));
  });

  it('leaves no cell blank: a column that does not apply shows the dash, and only where it does not apply', () => {
    for (const r of rows) {
      for (const [k, key] of CLAIM_LIST_COLUMNS.map(([key]) => key).entries()) expect(r[k], `${key} of ${status(r)}`).toBeTruthy();
      const type = status(r).split(':')[0];
      const dash = (key: string) => value(r, key) === NOT_APPLICABLE;
      expect(dash('nonReceiptReason'), status(r)).toBe(type !== 'non_receipt');
      expect(dash('returnCollectionMethod'), status(r)).toBe(type !== 'return' && type !== 'exchange');
      expect(dash('shipDate'), status(r)).toBe(type === 'cancel');
      for (const key of ['claimReason', 'claimDate', 'orderDate', 'orderNumber', 'cartNumber', 'itemCode', 'sellerItemCode', 'claimId', 'sellerId', 'buyerId']) {
        expect(dash(key), `${key} of ${status(r)}`).toBe(false);
      }
    }
  });

  it('gives dates as dates, in the claim’s timeline: ordered before shipped before claimed, completed on or after the claim', () => {
    for (const r of rows) {
      for (const key of CLAIM_LIST_DATE_KEYS) if (value(r, key) !== NOT_APPLICABLE) expect(value(r, key), key).toBeInstanceOf(Date);
      const t = (key: string) => (value(r, key) as Date).getTime();
      expect(t('orderDate')).toBeLessThan(t('claimDate'));
      if (value(r, 'shipDate') !== NOT_APPLICABLE) {
        expect(t('orderDate')).toBeLessThan(t('shipDate'));
        expect(t('shipDate')).toBeLessThan(t('claimDate'));
      }
      if (value(r, 'completedDate') !== NOT_APPLICABLE) expect(t('completedDate')).toBeGreaterThanOrEqual(t('claimDate'));
    }
  });

  it('carries ids and numbers in the run’s and the manual’s shapes, reasons by claim type', () => {
    for (const r of rows) {
      expect(value(r, 'claimId')).toMatch(/^C\d+$/);
      expect(value(r, 'sellerId')).toMatch(/^S\d+$/);
      expect(value(r, 'buyerId')).toMatch(/^B\d+$/);
      for (const key of ['orderNumber', 'cartNumber', 'itemCode']) expect(value(r, key), key).toMatch(/^[1-9]\d{8}$/);
      if (status(r).startsWith('non_receipt:')) expect(value(r, 'claimReason')).toBe('Item not received');
      else expect(value(r, 'claimReason')).not.toBe('Item not received');
    }
    // Claims are listed in the order received, C0 first, in each replication.
    expect(rows.slice(0, 3).map((r) => value(r, 'claimId'))).toEqual(['C0', 'C1', 'C2']);
    expect(new Set(rows.map((r) => value(r, 'sellerId'))).size).toBeGreaterThan(10);
  });

  it('gives the same bytes for the same seeds, and other rows for another seed', async () => {
    expect(Buffer.from((await workbookOf([7, 8])).bytes).equals(Buffer.from(bytes))).toBe(true);
    const other = [...unpackRows(listed(9).rows)];
    expect(other.map((r) => r.orderNumber)).not.toEqual([...unpackRows(replications[0]!.rows)].map((r) => r.orderNumber));
  });

  it('keeps the first claims received when cut at its cap, and the About sheet says so', async () => {
    const cut = listed(7, 40);
    const kept = [...unpackRows(cut.rows)];
    expect(kept.map((r) => r.claimId)).toEqual(Array.from({ length: 40 }, (_, i) => `C${i}`));
    expect(kept).toEqual([...unpackRows(replications[0]!.rows)].slice(0, 40));
    const about = (await sheetOf((await claimListWorkbook({ replications: [{ replication: 1, seed: 7, ...cut }], cap: 40, source: 'test' })).bytes)).getWorksheet('About')!;
    expect(about.getColumn(1).values.join('\n')).toContain(`Only 40 of ${CLAIMS} claims are listed: the list holds at most 40 rows`);
  });
});
