import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { CLAIM_LIST_COLUMNS, DEFAULT_POLICY, Engine, calendarFor, claimListRow, daysFromCivil } from '../../../engine/index.js';
import type { FinalOutcome } from '../../../engine/finalOutcomes.js';
import { type ClaimListExport, FINAL_OUTCOME_COLUMN, NOT_APPLICABLE, REPLICATION_COLUMN, claimListWorkbook } from '../../../reports/xlsx/claimListWorkbook.js';
import { type ListedRow, type PackedRows, packRows, unpackRows } from '../../../reports/xlsx/listedRows.js';

const cal = calendarFor('Asia/Tokyo');
const at = (y: number, m: number, d: number, h = 0) => cal.atWallTime(daysFromCivil(y, m, d), h * 3_600_000);

/** Three claims run through the engine: one withdrawn on timeout, one on hold, one completed; listed up to `cap`. */
function collect(cap = 3): { rows: PackedRows; claims: number } {
  const e = new Engine({ policy: DEFAULT_POLICY, start: at(2021, 7, 1) });
  for (const [i, type] of (['return', 'cancel', 'cancel'] as const).entries()) {
    e.execute({ kind: 'PlaceOrder', order: `O${i}`, seller: 'S1', buyer: 'B1', orderedAt: at(2021, 6, 20 + i), shippedAt: at(2021, 6, 25), orderNumber: `N-${i}`, itemCode: `I-${i}` });
    e.execute({ kind: 'OpenClaim', claim: `C${i}`, order: `O${i}`, type, reason: 'size' });
  }
  e.execute({ kind: 'RequestWithdrawal', claim: 'C0', message: 'please' }, at(2021, 7, 29, 10));
  e.execute({ kind: 'RequestWithdrawal', claim: 'C1', message: 'please' });
  e.execute({ kind: 'RejectWithdrawal', claim: 'C1', reason: 'no' });
  e.execute({ kind: 'AdvanceClaim', claim: 'C2', to: 'cancelling' });
  e.execute({ kind: 'AdvanceClaim', claim: 'C2', to: 'cancel_completed' }, at(2021, 7, 30));
  e.advanceTo(at(2021, 8, 6));
  const outcomes: Record<string, FinalOutcome> = { C0: 'withdrawnByTimeout', C1: 'onHoldAtEnd', C2: 'completedNormally' };
  const rows: ListedRow[] = ['C0', 'C1', 'C2'].map((id) => ({ ...claimListRow(e.view, e.view.claim(id)!, cal), finalOutcome: outcomes[id]! }));
  return { rows: packRows(rows.slice(0, cap)), claims: rows.length };
}

/** The collected rows as one replication's export. */
function exported(c: ReturnType<typeof collect>, more: Partial<ClaimListExport> = {}): ClaimListExport {
  return { replications: [{ replication: 1, seed: 1, rows: c.rows, claims: c.claims }], cap: 2, source: 'test', ...more };
}

async function readBack(bytes: Uint8Array) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return wb;
}

describe('claimListWorkbook (R19)', () => {
  it('opens with the manual’s columns plus the withdrawal state, a frozen header and an autofilter', async () => {
    const c = collect();
    const wb = await readBack((await claimListWorkbook(exported(c))).bytes);
    const ws = wb.getWorksheet('Claims')!;
    expect((ws.getRow(1).values as unknown[]).slice(1)).toEqual([...CLAIM_LIST_COLUMNS.map(([, label]) => label), 'Replication', 'Final outcome']);
    expect(ws.rowCount).toBe(4);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.autoFilter).toBeTruthy();
  });

  it('writes the rows: status, withdrawal state, and dates as real dates (filterable by period)', async () => {
    const c = collect();
    const ws = (await readBack((await claimListWorkbook(exported(c))).bytes)).getWorksheet('Claims')!;
    const col = (key: string) => CLAIM_LIST_COLUMNS.findIndex(([k]) => k === key) + 1;
    const row = (n: number) => ws.getRow(n);
    expect(row(2).getCell(col('processingStatus')).value).toBe('return:withdrawn');
    expect(row(2).getCell(col('withdrawal')).value).toBe('withdrawn:timeout');
    expect(row(2).getCell(col('claimId')).value).toBe('C0');
    expect(row(2).getCell(col('sellerId')).value).toBe('S1');
    expect(row(2).getCell(col('buyerId')).value).toBe('B1');
    expect(row(2).getCell(REPLICATION_COLUMN).value).toBe(1);
    expect(row(2).getCell(FINAL_OUTCOME_COLUMN).value).toBe('auto-withdrawn, no answer (withdrawnByTimeout)');
    expect(row(3).getCell(FINAL_OUTCOME_COLUMN).value).toBe('rejected, on hold (onHoldAtEnd)');
    expect(row(2).getCell(col('completedDate')).value).toEqual(new Date(Date.UTC(2021, 7, 5)));
    expect(row(2).getCell(col('orderDate')).value).toEqual(new Date(Date.UTC(2021, 5, 20)));
    expect(row(2).getCell(col('orderNumber')).value).toBe('N-0');
    expect(row(3).getCell(col('withdrawal')).value).toBe('on_hold');
    // Still open: no completed date, shown as the dash rather than a blank cell.
    expect(row(3).getCell(col('completedDate')).value).toBe(NOT_APPLICABLE);
    expect(row(4).getCell(col('processingStatus')).value).toBe('cancel:cancel_completed');
    expect(row(4).getCell(col('claimReason')).value).toBe('size');
  });

  it('says in the About sheet when the list was cut at its cap', async () => {
    const c = collect(2);
    expect(c.rows.count).toBe(2);
    expect(c.claims).toBe(3);
    const wb = await readBack((await claimListWorkbook(exported(c))).bytes);
    const about = wb.getWorksheet('About')!;
    const text = about.getColumn(1).values.join('\n');
    expect(text).toContain('Only 2 of 3 claims are listed: the list holds at most 2 rows');
  });

  it('gives the same bytes for the same rows', async () => {
    const c = collect();
    const a = (await claimListWorkbook(exported(c))).bytes;
    const b = (await claimListWorkbook(exported(c))).bytes;
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    // Not by luck within one clock tick: every entry carries the fixed time 1980-01-01 00:00.
    const bytes = Buffer.from(a);
    let entries = 0;
    for (let p = bytes.indexOf('PK\x03\x04', 0, 'latin1'); p >= 0; p = bytes.indexOf('PK\x03\x04', p + 4, 'latin1')) {
      expect([bytes.readUInt16LE(p + 10), bytes.readUInt16LE(p + 12)]).toEqual([0, 0x21]);
      entries++;
    }
    expect(entries).toBeGreaterThan(5);
  });

  it('stops between rows when asked (a signal while the reports are written): the rows so far, and the About sheet says the list is partial', async () => {
    const many = { rows: packRows(Array.from({ length: 5_000 }, (_, i) => ({ ...[...unpackRows(collect().rows)][i % 3]!, claimId: `C${i}` }))), claims: 5_000 };
    let looks = 0;
    const cut = await claimListWorkbook(exported(many, { cap: 10_000, shouldStop: () => ++looks > 1 }));
    expect(cut.cut).toBe(true);
    expect(cut.rows).toBeGreaterThan(0);
    expect(cut.rows).toBeLessThan(5_000);
    const wb = await readBack(cut.bytes);
    expect(wb.getWorksheet('Claims')!.rowCount).toBe(cut.rows + 1);
    const about = wb.getWorksheet('About')!.getColumn(1).values.join('\n');
    expect(about).toContain(`PARTIAL: the run was interrupted while this list was written, so only ${cut.rows} of the 5000 rows due are here`);
    expect(about).toContain(`Replications: 1 (seed 1, ${cut.rows} of 5000 claims listed)`);
    expect(about).toContain('Due had it not been interrupted: 5000 of 5000 claims');
    expect(about).not.toContain('claims are listed');
    const whole = await claimListWorkbook(exported(many, { cap: 10_000 }));
    expect([whole.rows, whole.cut]).toEqual([5_000, false]);
    expect(whole.bytes.length).toBeGreaterThan(cut.bytes.length);
  });
});
