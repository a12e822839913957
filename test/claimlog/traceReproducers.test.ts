import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SUPPORT_CATEGORY } from '../../engine/index.js';
import { tempDirs } from '../tempDirs.js';
import { runInProcess } from '../cli/runInProcess.js';

const dirs = tempDirs('claimsim-trace-reproducers-');
afterAll(dirs.remove);

describe('audit --out: the trace\'s violations come with reproducers that pass on the real rules', () => {
  it('a refusal the rules do not give (R2), an accept recorded as a rejection (R8), a claim held outside its submitted status (R17)', async () => {
    const dir = dirs.make();
    const log = join(dir, 'log.ndjson');
    const opened = (claim: string, extra: Record<string, unknown>) => ({ type: 'claim_opened', claim, at: '2024-08-01T10:00+09:00', order: `O-${claim}`, seller: 'S-1', buyer: 'B-1', claimType: 'return', ...extra });
    const records = [
      { type: 'header', format: 'claimsim-claim-log', version: 1, policy: { timezone: 'Asia/Tokyo' }, from: '2024-08-01T00:00+09:00', until: '2024-08-31T00:00+09:00' },
      opened('C1', { status: 'returning' }),
      { type: 'action_refused', claim: 'C1', at: '2024-08-02T09:00+09:00', action: 'request_withdrawal', code: 'INELIGIBLE_STATUS', message: 'please withdraw', support: SUPPORT_CATEGORY },
      opened('C2', {}),
      { type: 'withdrawal_requested', claim: 'C2', at: '2024-08-02T09:00+09:00', message: 'please withdraw' },
      { type: 'withdrawal_rejected', claim: 'C2', at: '2024-08-03T09:00+09:00', reason: 'accepted', action: 'accept_withdrawal' },
      opened('C3', { reportedStatus: 'returning', status: 'return_requested' }),
    ];
    writeFileSync(log, `${records.map((r) => JSON.stringify(r)).join('\n')}\n`);
    const out = join(dir, 'out');
    const audit = await runInProcess(['audit', log, '--out', out]);
    expect(audit.status, audit.stderr).toBe(1);
    expect(readdirSync(join(out, 'reproducers')).sort()).toEqual(['C1-R2.yaml', 'C2-R8.yaml', 'C3-R17.yaml']);
    const run = await runInProcess(['run', join(out, 'reproducers')]);
    expect(run.status, run.stdout + run.stderr).toBe(0);
    expect(run.stdout).toContain('3 passed, 0 failed');
  });
});
