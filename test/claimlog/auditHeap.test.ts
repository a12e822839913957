import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AUDIT_NODE_FLAGS } from '../../claimlog/auditHeap.js';

describe('claimsim audit runs under a heap that grows by half its live data', () => {
  it('cli/claimsim.js starts the audit with the flags of claimlog/auditHeap.ts', () => {
    const bin = readFileSync('cli/claimsim.js', 'utf8');
    const listed = /const AUDIT_NODE_FLAGS = (\[[^\]]*\]);/.exec(bin)?.[1];
    expect(listed).toBeDefined();
    expect(JSON.parse(listed!.replaceAll("'", '"'))).toEqual(AUDIT_NODE_FLAGS);
    expect(AUDIT_NODE_FLAGS.some((f) => f.startsWith('--heap-growing-percent='))).toBe(true);
  });

  it('the child audits as the command does: its report, and its exit status (1: a violation)', () => {
    const r = spawnSync(process.execPath, ['cli/claimsim.js', 'audit', 'examples/logs/missing-auto-withdrawal.ndjson'], { encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('R10: auto-withdrawal due at 2024-08-11T00:00+09:00');
  });
});
