import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runInProcess } from '../cli/runInProcess.js';
import { CALIBRATED, POPULATION } from './calibrationFixture.js';

const dir = mkdtempSync(join(tmpdir(), 'claimsim-calibrated-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const WINDOW = `    - what: buyers waiting for the deadline
      why: every answer in the log came within the 7-day window
      assumption: a longer window changes no answer time
      policyKeys: [responseWindowDays]
`;
writeFileSync(join(dir, 'plain.yaml'), POPULATION);
writeFileSync(join(dir, 'fitted.yaml'), CALIBRATED);
writeFileSync(join(dir, 'window.yaml'), `${CALIBRATED}${WINDOW}`);
const read = (...path: string[]) => readFileSync(join(dir, ...path), 'utf8');

describe('a calibrated population through the commands', () => {
  it('simulate: the same summary as without the card, the card added to it and printed; report renders it', async () => {
    const plain = await runInProcess(['simulate', '--population', join(dir, 'plain.yaml'), '--workers', '1', '--quiet', '--out', join(dir, 'plain')]);
    const fitted = await runInProcess(['simulate', '--population', join(dir, 'fitted.yaml'), '--workers', '1', '--out', join(dir, 'fitted')]);
    expect([plain.status, fitted.status]).toEqual([0, 0]);
    const withCard = JSON.parse(read('fitted', 'summary.json')) as Record<string, unknown>;
    expect(withCard['calibration']).toMatchObject({ source: { claims: 19876 } });
    delete withCard['calibration'];
    expect(`${JSON.stringify(withCard, null, 2)}\n`).toBe(read('plain', 'summary.json'));
    expect(read('plain', 'summary.json')).not.toContain('calibration');
    expect(fitted.stdout).toContain('calibration: Fitted from claims.ndjson (98,765 records');
    expect(fitted.stdout).toContain('  check: outcome shares: chi-square 14.200 against 11.070, p 0.014, n 4,969: FAIL');

    const report = await runInProcess(['report', join(dir, 'fitted'), '--out', join(dir, 'fitted-report')]);
    expect(report.status, report.stderr).toBe(0);
    expect(read('fitted-report', 'report.md')).toContain('## Calibration card: claims.ndjson');
    expect(read('fitted-report', 'report.html')).toContain('<section class="calibration"');
    // The report model with its card reads back and renders the same page again.
    const again = await runInProcess(['report', join(dir, 'fitted-report', 'report.json'), '--out', join(dir, 'again')]);
    expect(again.status, again.stderr).toBe(0);
    expect(read('again', 'report.md')).toBe(read('fitted-report', 'report.md'));
  });

  it('compare: a variant changing the reminder, which the log cannot identify, says so beside its result', async () => {
    const args = ['compare', '--population', join(dir, 'fitted.yaml'), '--replications', '2', '--workers', '1'];
    const r = await runInProcess([...args, '--variant', 'reminderDaysBeforeDeadline=2', '--out', join(dir, 'reminder')]);
    expect(r.status, r.stderr).toBe(0);
    const md = read('reminder', 'compare.md');
    expect(md).toContain("- **Variant leans on an assumption the log cannot identify: buyers' reaction to a reminder");
    expect(md.match(/## Calibration card/g)).toHaveLength(1);
    expect(read('reminder', 'report.html')).toContain('<div class="verdict warn assumption">Variant leans on an assumption');
    const other = await runInProcess([...args, '--variant', 'responseWindowDays=10', '--out', join(dir, 'window')]);
    expect(other.status, other.stderr).toBe(0);
    expect(read('window', 'compare.md')).not.toContain('leans on an assumption');
  });

  it('sweep: the swept key an assumption names says so beside its verdict', async () => {
    const r = await runInProcess(['sweep', '--population', join(dir, 'window.yaml'), '--param', 'responseWindowDays=5,9', '--replications', '1', '--workers', '1', '--out', join(dir, 'sweep')]);
    expect(r.status, r.stderr).toBe(0);
    const md = read('sweep', 'sweep.md');
    expect(md.split('\n').find((l) => l.startsWith('- **responseWindowDays'))).toContain('*This leans on an assumption the log cannot identify: buyers waiting for the deadline');
    expect(md).toContain('## Calibration card: claims.ndjson');
  });
});
