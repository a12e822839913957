import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './runCli.js';

const args = (out: string) => ['simulate', '-p', 'generators/populations/small.yaml', '--claims', '150', '--quiet', '--out', out];

describe('CLAIMSIM_LOG: diagnostics on standard error, outputs unchanged', () => {
  it('at info, says when the run starts and how long it took, as JSON lines; the summary is the same bytes as without', () => {
    const dir = mkdtempSync(join(tmpdir(), 'claimsim-log-'));
    const quiet = runCli(args(join(dir, 'a')));
    const logged = runCli(args(join(dir, 'b')), { CLAIMSIM_LOG: 'info' });
    expect(logged.status).toBe(0);
    const lines = logged.stderr.split('\n').filter((l) => l.startsWith('{')).map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.map((l) => l.msg)).toEqual(['simulate: run starts', 'simulate: run done']);
    expect(lines[0]).toMatchObject({ claims: 150, workers: 1 });
    expect(typeof lines[1]!.ms).toBe('number');
    expect(quiet.stderr).not.toContain('{');
    expect(readFileSync(join(dir, 'b', 'summary.json'), 'utf8')).toBe(readFileSync(join(dir, 'a', 'summary.json'), 'utf8'));
  });

  it('an unknown level is named in one line, and nothing is logged', () => {
    const dir = mkdtempSync(join(tmpdir(), 'claimsim-log-'));
    const r = runCli(args(dir), { CLAIMSIM_LOG: 'loud' });
    expect(r.status).toBe(0);
    expect(r.stderr).toContain('CLAIMSIM_LOG=loud is not a level');
    expect(r.stderr).not.toContain('{"level"');
  });
});
