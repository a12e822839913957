import { createWriteStream, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import type { AuditResult } from '../../../claimlog/AuditResult.js';
import { tempDirs } from '../../tempDirs.js';
import { runInProcess } from '../runInProcess.js';

// The hostile logs of docs/claim-log.md ("Hostile logs") not already held by audit.test.ts
// (invalid JSON, a wrong type, a cut-off line among others, a FIFO, /dev/zero, a gzip that breaks off).

const dirs = tempDirs('claimsim-audit-hostile-');
afterAll(dirs.remove);

const HEADER = '{"type":"header","format":"claimsim-claim-log","version":1,"policy":{"timezone":"Asia/Tokyo"}}';
const OPENED = '{"type":"claim_opened","claim":"C-1","at":"2024-08-01T09:00+09:00","order":"O-1","seller":"S-1","buyer":"B-1","claimType":"cancel"}';
const ACCEPTED = '{"type":"status_changed","claim":"C-1","at":"2024-08-05T09:00+09:00","to":"cancelling"}';

async function audit(args: readonly string[]): Promise<{ status: number | null; stdout: string; stderr: string; result: AuditResult | null }> {
  const out = dirs.make();
  const r = await runInProcess(['audit', ...args, '--out', out]);
  let result: AuditResult | null = null;
  try {
    result = JSON.parse(readFileSync(join(out, 'audit.json'), 'utf8')) as AuditResult;
  } catch {
    result = null;
  }
  return { ...r, result };
}

describe('claimsim audit of hostile logs', () => {
  it('a 100 MB line: named with its length at file:line, skipped to the next line, the claim it names unknown; --strict makes it fatal (exit 2)', async () => {
    const dir = dirs.make();
    const path = join(dir, 'long.ndjson');
    const out = createWriteStream(path);
    out.write(`${HEADER}\n${OPENED}\n`);
    out.write('{"type":"memo_sent","claim":"C-9","at":"2024-08-01T10:00+09:00","from":"seller","text":"');
    const mb = Buffer.alloc(1024 * 1024, 'y');
    for (let i = 0; i < 100; i++) if (!out.write(mb)) await once(out, 'drain');
    out.write(`"}\n${ACCEPTED}\n`);
    out.end();
    await once(out, 'close');

    const r = await audit([path]);
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(new RegExp(`^${path.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}:3:1: the line is 104,857,[0-9]{3} bytes long, over the 1,048,576 characters a record may have .*\\(skipped; the audit goes on\\)\\n$`));
    expect(r.result!.skippedLines).toBe(1);
    expect(r.result!.lines).toBe(4);
    expect(r.result!.records).toBe(2);
    // C-1 reads whole around the long line; C-9, named at the long line's start, cannot be judged.
    expect(r.result!.verdicts).toEqual({ conforms: 1, violates: 0, unknown: 1 });
    expect(r.result!.unknown[0]).toMatchObject({ claim: 'C-9' });

    const strict = await runInProcess(['audit', path, '--strict']);
    expect(strict.status).toBe(2);
    expect(strict.stderr).toMatch(/long\.ndjson:3:1: the line is 104,857,\d{3} bytes long.*--strict stops at the first line that cannot be read\)\n$/);
  });

  it('a cut-off last line (a log still being written): skipped and counted, its claim unknown; --strict: exit 2 at that line', async () => {
    const dir = dirs.make();
    const path = join(dir, 'cut.ndjson');
    writeFileSync(path, `${HEADER}\n${OPENED}\n${ACCEPTED.slice(0, 60)}`);
    const r = await audit([path]);
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/cut\.ndjson:3:1: invalid JSON .*\(skipped; the audit goes on\)\n$/);
    expect(r.result!.skippedLines).toBe(1);
    expect(r.result!.verdicts).toEqual({ conforms: 0, violates: 0, unknown: 1 });
    const strict = await runInProcess(['audit', path, '--strict']);
    expect(strict.status).toBe(2);
    expect(strict.stderr).toMatch(/^.*cut\.ndjson:3:1: invalid JSON/);
  });

  it("an unknown zone in the header's policy is bad input naming the header's line (exit 2)", async () => {
    const dir = dirs.make();
    const path = join(dir, 'zone.ndjson');
    writeFileSync(path, `${HEADER.replace('Asia/Tokyo', 'Mars/Olympus_Mons')}\n${OPENED}\n`);
    const r = await runInProcess(['audit', path]);
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/zone\.ndjson:1:1: the header's policy is not valid: .*IANA time zone.*Mars\/Olympus_Mons/);
  });

  it('a file that starts as gzip but is not one is refused naming it (exit 2), whatever its name', async () => {
    const dir = dirs.make();
    const junk = Buffer.concat([Buffer.from([0x1f, 0x8b]), Buffer.from('this is not deflate data at all\n'.repeat(20))]);
    for (const name of ['junk.ndjson.gz', 'junk.ndjson']) {
      const path = join(dir, name);
      writeFileSync(path, junk);
      const r = await runInProcess(['audit', path]);
      expect(r.status).toBe(2);
      expect(r.stderr).toBe(`${path}: ${r.stderr.slice(path.length + 2)}`);
      expect(r.stderr).toMatch(/: not a readable gzip \(.*\); give the whole \.gz file, or the log uncompressed\n$/);
    }
    // A whole gzip of a log reads as the log does.
    const whole = join(dir, 'whole.ndjson.gz');
    writeFileSync(whole, gzipSync(`${HEADER}\n${OPENED}\n${ACCEPTED}\n`));
    const ok = await audit([whole]);
    expect(ok.status).toBe(0);
    expect(ok.result!.verdicts).toEqual({ conforms: 1, violates: 0, unknown: 0 });
  });

  it('/dev/null and a folder are refused as not regular files (exit 2), nothing read', async () => {
    const devNull = await runInProcess(['audit', '/dev/null']);
    expect(devNull.status).toBe(2);
    expect(devNull.stderr).toMatch(/^\/dev\/null: is a character device.*\n$/);
    const folder = join(dirs.make(), 'logs');
    mkdirSync(folder);
    const r = await runInProcess(['audit', folder]);
    expect(r.status).toBe(2);
    expect(r.stderr.startsWith(`${folder}: `)).toBe(true);
    expect(r.stderr).toMatch(/folder|directory/);
  });
});
