import { describe, expect, it } from 'vitest';
import { runInProcess } from '../runInProcess.js';

// The README's "Audit your own log": the CSV export audits to one violating claim (C-5002,
// re-requested inside its cooldown), and the example allow list accepts exactly that one.
const EXPORT = ['audit', 'examples/logs/export.csv', '--map', 'examples/logs/export.map.yaml'];

describe('the example export and its allow list (README, Audit your own log)', () => {
  it('without the list, C-5002 violates R12 and the audit exits 1', async () => {
    const r = await runInProcess(EXPORT);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/violates {2}1\n/);
    expect(r.stdout).toContain('C-5002 (examples/logs/export.csv:14): R12');
  });

  it('with examples/logs/export.allow.yaml, C-5002 is allowed with its reason and the audit exits 0', async () => {
    const r = await runInProcess([...EXPORT, '--allow', 'examples/logs/export.allow.yaml', '--today', '2026-12-04']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/violates {2}0\n/);
    expect(r.stdout).toMatch(/allowed {3}1 /);
    expect(r.stdout).toContain('allowed: C-5002 (examples/logs/export.csv:14): R12: re-requested by support by hand inside the cooldown (OPS-1234)');
  });

  it('past its expiry day the list allows nothing and warns', async () => {
    const r = await runInProcess([...EXPORT, '--allow', 'examples/logs/export.allow.yaml', '--today', '2100-01-01']);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/expired/);
  });
});
