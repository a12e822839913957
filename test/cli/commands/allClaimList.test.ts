import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { CLAIM_LIST_COLUMNS } from '../../../engine/index.js';
import { REPLICATION_COLUMN } from '../../../reports/xlsx/claimListWorkbook.js';
import { runInProcess } from '../runInProcess.js';

const dir = mkdtempSync(join(tmpdir(), 'claimsim-all-list-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const QUICK = ['--claims', '200', '--replications', '3', '--scenarios', 'scenarios/library/answer', '--workers', '1'];

async function listOf(out: string) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(join(out, 'claims.xlsx')) as unknown as ArrayBuffer);
  const ws = wb.getWorksheet('Claims')!;
  expect(ws.getRow(1).getCell(REPLICATION_COLUMN).value).toBe('Replication');
  const tags: unknown[] = [];
  ws.eachRow((row, n) => {
    if (n > 1) tags.push(row.getCell(REPLICATION_COLUMN).value);
  });
  const claims: { replication: unknown; id: unknown; status: string; withdrawal: unknown }[] = [];
  const col = (key: string) => CLAIM_LIST_COLUMNS.findIndex(([k]) => k === key) + 1;
  ws.eachRow((row, n) => {
    if (n > 1) {
      claims.push({
        replication: row.getCell(REPLICATION_COLUMN).value,
        id: row.getCell(col('claimId')).value,
        status: String(row.getCell(col('processingStatus')).value),
        withdrawal: row.getCell(col('withdrawal')).value,
      });
    }
  });
  return { tags, claims, about: wb.getWorksheet('About')!.getColumn(1).values.join('\n'), report: JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')) };
}

describe('claimsim all: the claim list (claims.xlsx)', () => {
  it('lists every replication by default, and only replication K with --replication K', async () => {
    const every = join(dir, 'every');
    expect((await runInProcess(['all', ...QUICK, '--out', every])).status).toBe(0);
    const e = await listOf(every);
    expect(e.tags.filter((t) => t === 1)).toHaveLength(200);
    expect(e.tags.filter((t) => t === 3)).toHaveLength(200);
    expect(e.report.claimList).toEqual({ file: 'claims.xlsx', rows: 600, claims: 600 });

    const second = join(dir, 'second');
    expect((await runInProcess(['all', ...QUICK, '--replication', '2', '--out', second])).status).toBe(0);
    const s = await listOf(second);
    expect(new Set(s.tags)).toEqual(new Set([2]));
    expect(s.tags).toHaveLength(200);
    expect(s.about).toContain('Replications: 2 (seed');
    // The summary is the whole run's whichever replication is listed.
    expect(readFileSync(join(second, 'summary.json'))).toEqual(readFileSync(join(every, 'summary.json')));
  });

  it('names a claim by its replication and id, as explain --replication K does: C-ids restart in every replication', async () => {
    const every = join(dir, 'every');
    const { claims } = await listOf(every);
    const of = (replication: number, id: unknown) => claims.find((c) => c.replication === replication && c.id === id)!;
    // A claim id whose row differs between replications 1 and 2: the same id, two claims.
    const id = claims.find((c) => c.replication === 2 && c.status !== of(1, c.id).status)!.id;
    for (const replication of [1, 2]) {
      const r = await runInProcess(['explain', '-p', 'generators/populations/default.yaml', '--claims', '200', '--replication', String(replication), '--claim', String(id)]);
      expect(r.status).toBe(0);
      const listed = of(replication, id);
      const withdrawal = String(listed.withdrawal).replace(/^withdrawn:.*/, 'withdrawn');
      expect(r.stdout.trimEnd().split('\n').at(-1), `replication ${replication}`).toMatch(new RegExp(`: ${listed.status.split(':')[1]}, withdrawal ${withdrawal}, `));
    }
  });

  it('cuts the list at --claim-list-cap over the replications, and the report and the About sheet say so', async () => {
    const out = join(dir, 'cut');
    expect((await runInProcess(['all', ...QUICK, '--claim-list-cap', '250', '--out', out])).status).toBe(0);
    const c = await listOf(out);
    expect(c.tags.filter((t) => t === 1)).toHaveLength(200);
    expect(c.tags.filter((t) => t === 2)).toHaveLength(50);
    expect(c.report.claimList).toEqual({ file: 'claims.xlsx', rows: 250, claims: 600 });
    expect(c.about).toContain('Only 250 of 600 claims are listed: the list holds at most 250 rows');
    expect(readFileSync(join(out, 'report.md'), 'utf8')).toContain('250 of 600 claims');
  });

  it('refuses a replication the run does not have (exit 2, one line naming the range)', async () => {
    const r = await runInProcess(['all', ...QUICK, '--replication', '4', '--out', join(dir, 'bad')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--replication 4: the run has 3 replications (give 1 to 3');
    expect((await runInProcess(['all', ...QUICK, '--replication', '0', '--out', join(dir, 'bad')])).status).toBe(2);
  });
});
