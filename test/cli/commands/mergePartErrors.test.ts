import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { EXIT } from '../../../cli/exit.js';
import { runInProcess } from '../runInProcess.js';

const dir = mkdtempSync(join(tmpdir(), 'claimsim-merge-part-errors-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A part cut off by hand: not JSON at line 4, column 3. */
const broken = join(dir, 'broken.json');
writeFileSync(broken, '{\n  "kind": "compare-part",\n  "version": 3,\n  oops\n}\n');
/** An audit part whose shard counts from 0: its schema refuses it at the index's place. */
const badShard = join(dir, 'bad-shard.json');
writeFileSync(badShard, '{\n  "kind": "audit-part",\n  "version": 1,\n  "shard": { "index": 0, "count": 2 }\n}\n');

describe('a malformed part, whichever merge reads it, is one line at file:line:column from the one reader, exit 2', () => {
  it.each([
    ['compare --merge', ['compare', '--merge', broken, '--out', join(dir, 'compare')]],
    ['sweep --merge', ['sweep', '--merge', broken, '--out', join(dir, 'sweep')]],
    ['run --merge', ['run', '--merge', broken]],
    ['report (a part or a model)', ['report', broken, '--out', join(dir, 'report')]],
  ])('%s: not JSON', async (_name, args) => {
    const r = await runInProcess(args);
    expect(r.status).toBe(EXIT.input);
    expect(r.stdout).toBe('');
    expect(r.stderr.split('\n')).toHaveLength(2);
    expect(r.stderr).toMatch(new RegExp(`^${broken.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:4:3: not JSON \\(.*\\); give .* untouched\\n$`));
  });

  it('report: an audit part against its schema, at the field that is wrong', async () => {
    const r = await runInProcess(['report', badShard, '--out', join(dir, 'audit')]);
    expect(r.status).toBe(EXIT.input);
    expect(r.stderr).toMatch(/bad-shard\.json:4:14: shard\.index: Too small: expected number to be >=1 \(give .* untouched\)\n$/);
    expect(r.stderr.split('\n')).toHaveLength(2);
  });

  it('compare --merge: a part of another kind is named as such, not merged', async () => {
    const r = await runInProcess(['compare', '--merge', badShard, '--out', join(dir, 'compare2')]);
    expect(r.status).toBe(EXIT.input);
    expect(r.stderr).toMatch(/bad-shard\.json:1:1: not a compare-part \(expected the JSON written with --shard\)\n$/);
  });
});
