import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { makePolicy } from '../../engine/index.js';
import type { AuditResult, SkippedLine } from '../../claimlog/AuditResult.js';
import { auditLogs } from '../../claimlog/auditLogs.js';
import { loadCsvMap } from '../../claimlog/csv/loadCsvMap.js';
import { runInProcess } from '../cli/runInProcess.js';
import { tempDirs } from '../tempDirs.js';

const dirs = tempDirs('claimsim-csv-');
afterAll(dirs.remove);

const EXPORT = 'examples/logs/export.csv';
const MAP = 'examples/logs/export.map.yaml';

async function auditCsv(path: string, mapPath = MAP): Promise<{ result: AuditResult; skipped: SkippedLine[] }> {
  const skipped: SkippedLine[] = [];
  const result = await auditLogs([path], { toleranceMs: 0, headerPolicy: (p) => makePolicy(p), csvMap: loadCsvMap(mapPath), onSkipped: (s) => skipped.push(s) });
  return { result, skipped };
}

/** A small export with the example's header row, one row a line (CRLF), written to a temp file. */
function csvFile(rows: readonly string[], name = 'rows.csv'): string {
  const header = readFileSync(EXPORT, 'utf8').split('\r\n')[0]!;
  const path = join(dirs.make(), name);
  writeFileSync(path, [header, ...rows].join('\r\n') + '\r\n');
  return path;
}

describe('a CSV export read through a mapping file (docs/claim-log.md, CSV exports)', () => {
  it('the example export (local times in Asia/Tokyo) has exactly one defect: the re-request inside the cooldown, at its CSV line', async () => {
    const { result, skipped } = await auditCsv(EXPORT);
    expect(skipped).toEqual([]);
    expect(result.verdicts).toEqual({ conforms: 3, violates: 1, unknown: 0 });
    expect(result.violating).toHaveLength(1);
    const [v] = result.violating;
    // Line 14: the rejection's reason above it is a quoted cell over two lines (9 and 10).
    expect(v).toMatchObject({ claim: 'C-5002', rule: 'R12', line: 14 });
    expect(v!.message).toContain('withdrawal_rerequested at 2024-08-08T18:30+09:00 (line 14)');
    expect(v!.message).toContain('COOLDOWN_ACTIVE');
  });

  it('claimsim audit export.csv --map map.yaml: exit 1, the defect named at export.csv:14; the same export gzipped reads the same', async () => {
    const r = await runInProcess(['audit', EXPORT, '--map', MAP]);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('C-5002 (examples/logs/export.csv:14): R12');
    const gz = join(dirs.make(), 'export.csv.gz');
    writeFileSync(gz, gzipSync(readFileSync(EXPORT)));
    const again = await auditCsv(gz);
    expect(again.result.violating[0]).toMatchObject({ claim: 'C-5002', rule: 'R12', line: 14 });
  });

  it('a row that does not map is a skipped line naming its CSV line; quoted commas and line breaks keep the count; --strict makes it fatal', async () => {
    const path = csvFile([
      'C-1,Claim opened,2024-08-01 09:00,O-1,S-1,B-1,cancel,,,"one, two\r\nthree",,,,,',
      'C-1,Withdrawal requested,2024/08/01 10:00,,,,,,,,,,,,',
      'C-1,Refund issued,2024-08-01 11:00,,,,,,,,,,,,',
      'C-2,Claim opened,2024-08-02 25:00,O-2,S-1,B-2,cancel,,,,,,,,',
      'C-1,Withdrawal accepted,2024-08-01 12:00,,,,,,,,,,,,',
    ]);
    const { result, skipped } = await auditCsv(path);
    expect(skipped.map((s) => s.line)).toEqual([4, 5, 6]);
    expect(skipped[0]!.problem).toBe('column "Occurred (JST)" (at): "2024/08/01 10:00" is not a local time YYYY-MM-DD HH:mm[:ss] (the mapping says time: local, zone Asia/Tokyo)');
    expect(skipped[1]!.problem).toContain('"Refund issued" is not a record type the mapping names (add it under types:');
    // The unreadable rows name C-1 and C-2, which the audit then cannot judge whole.
    expect(result.verdicts).toEqual({ conforms: 0, violates: 0, unknown: 2 });

    const cli = await runInProcess(['audit', path, '--map', MAP]);
    expect(cli.stderr.split('\n')[0]).toBe(`${path}:4:1: column "Occurred (JST)" (at): "2024/08/01 10:00" is not a local time YYYY-MM-DD HH:mm[:ss] (the mapping says time: local, zone Asia/Tokyo) (skipped; the audit goes on)`);
    const strict = await runInProcess(['audit', path, '--map', MAP, '--strict']);
    expect(strict.status).toBe(2);
    expect(strict.stderr).toMatch(new RegExp(`^${path.replace(/[.\\/]/g, '\\$&')}:4:1: column "Occurred \\(JST\\)"`));
  });

  it('a quote never closed is refused at the first line of its row (after a quoted line break, a doubled quote and a stray quote taken as it is), exit 2', async () => {
    const path = csvFile([
      'C-1,Claim opened,2024-08-01 09:00,O-1,S-1,B-1,cancel,,,"a\r\nb",,,,,',
      'C-1,Withdrawal requested,2024-08-01 10:00,,,,,,,"x""y, z",2024-08-07,,,,',
      'C-1,Memo,2024-08-01 "09:00,,,,,,,"',
    ]);
    const r = await runInProcess(['audit', path, '--map', MAP]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`${path}:5:1: not valid CSV: a quote opened in this row is never closed`);
  });

  it('ISO times with an offset (time: iso), another delimiter, and a BOM-less LF file', async () => {
    const dir = dirs.make();
    const map = join(dir, 'map.yaml');
    writeFileSync(map, 'columns:\n  claim: id\n  type: kind\n  at: time\n  order: order\n  seller: seller\n  buyer: buyer\n  claimType: claim_type\ntime: iso\ndelimiter: ";"\n');
    const csv = join(dir, 'log.csv');
    writeFileSync(csv, 'id;kind;time;order;seller;buyer;claim_type\nC-9;claim_opened;2024-08-01T09:00+09:00;O-9;S-9;B-9;cancel\n');
    const { result, skipped } = await auditCsv(csv, map);
    expect(skipped).toEqual([]);
    expect(result.verdicts).toEqual({ conforms: 1, violates: 0, unknown: 0 });
  });

  it('a mapping that is wrong is one line at file:line:column, exit 2', async () => {
    const dir = dirs.make();
    const cases: [string, string][] = [
      ['columns:\n  claim: Claim ID\n  type: Event\n  at: Occurred (JST)\n  colour: Colour\ntime: local\nzone: Asia/Tokyo\n', ':5:3: unknown key colour'],
      ['columns:\n  claim: Claim ID\n  type: Event\n  at: Occurred (JST)\ntime: local\n', ':5:1: time: local needs zone:'],
      ['columns:\n  claim: Claim ID\n  type: Event\n  at: Occurred (JST)\ntime: local\nzone: Asia/Tokio\n', ':6:7: zone: Asia/Tokio is not an IANA time zone'],
      ['columns:\n  claim: Claim ID\n  type: Event\n  at: Occurred (JST)\ntypes:\n  Opened: claim_open\ntime: iso\n', ':6:11: types.Opened: a record type: claim_opened'],
      ['columns:\n  claim: Claim ID\n  type: Claim ID\n  at: Occurred (JST)\ntime: iso\n', ':2:10: columns: claim and type both name the column "Claim ID" (a column holds one field)'],
    ];
    for (const [i, [yaml, expected]] of cases.entries()) {
      const map = join(dir, `map${i}.yaml`);
      writeFileSync(map, yaml);
      const r = await runInProcess(['audit', EXPORT, '--map', map]);
      expect(r.status).toBe(2);
      expect(r.stderr).toContain(`${map}${expected}`);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
    }
  });

  it('a .csv log without --map, and an export whose header lacks a mapped column, are refused naming the file (exit 2)', async () => {
    const none = await runInProcess(['audit', EXPORT]);
    expect(none.status).toBe(2);
    expect(none.stderr).toContain('examples/logs/export.csv: a CSV export is read through a mapping file: give --map FILE');
    const dir = dirs.make();
    const csv = join(dir, 'log.csv');
    writeFileSync(csv, '\r\nid,kind\r\nC-1,claim_opened\r\n');
    const r = await runInProcess(['audit', csv, '--map', MAP]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`${csv}:2:1: the header row has no column "Event" (the mapping's columns.type); its columns are "id", "kind"`);
  });
});
