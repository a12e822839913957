import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SUPPORT_CATEGORY, checkPolicy } from '../../engine/index.js';
import { auditLogs } from '../../claimlog/auditLogs.js';

// The trace a claim service shows beside its records (docs/claim-log.md): each field at its
// boundary, a log that shows what the rules give conforms, one that shows otherwise violates
// naming the rule.
const dir = mkdtempSync(join(tmpdir(), 'claimsim-trace-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const HEADER = { type: 'header', format: 'claimsim-claim-log', version: 1, policy: { timezone: 'Asia/Tokyo' }, from: '2024-08-01T00:00+09:00', until: '2024-08-31T00:00+09:00' };
const opened = (claim: string, extra: Record<string, unknown> = {}) => ({ type: 'claim_opened', claim, at: '2024-08-01T10:00+09:00', order: `O-${claim}`, seller: 'S-1', buyer: 'B-1', claimType: 'return', ...extra });

let n = 0;
/** Audits the records (after the header) under the default policy: each violating claim's rules. */
async function audit(records: readonly Record<string, unknown>[]): Promise<{ violates: number; conforms: number; rules: string[]; messages: string[] }> {
  const log = join(dir, `log${++n}.ndjson`);
  writeFileSync(log, `${[HEADER, ...records].map((r) => JSON.stringify(r)).join('\n')}\n`);
  const result = await auditLogs([log], {
    toleranceMs: 0,
    headerPolicy: (value) => {
      const r = checkPolicy(value);
      if (!r.ok) throw new Error('bad policy');
      return r.policy;
    },
  });
  const violations = result.violating.flatMap((c) => c.violations);
  return { violates: result.verdicts.violates, conforms: result.verdicts.conforms, rules: [...new Set(violations.map((v) => v.rule))].sort(), messages: violations.map((v) => v.message) };
}

describe('claim_opened: delayedFrom (R18) and reportedStatus (R17)', () => {
  it('a claim received on 8/1 is delayed from 00:00 on 8/5; a day early violates R18', async () => {
    expect(await audit([opened('C1', { delayedFrom: '2024-08-05T00:00+09:00' })])).toMatchObject({ conforms: 1, violates: 0 });
    const wrong = await audit([opened('C1', { delayedFrom: '2024-08-04T00:00+09:00' })]);
    expect(wrong.rules).toEqual(['R18']);
    expect(wrong.messages[0]).toContain('2024-08-05T00:00+09:00');
  });

  it('a claim submitted in returning is held and counted in returning; one held in its first status violates R17', async () => {
    expect(await audit([opened('C1', { reportedStatus: 'returning', status: 'returning' })])).toMatchObject({ conforms: 1, violates: 0 });
    expect((await audit([opened('C1', { reportedStatus: 'returning', status: 'return_requested' })])).rules).toEqual(['R17']);
  });
});

describe('piiWarning (R21)', () => {
  const request = (piiWarning: boolean) => [
    opened('C1'),
    { type: 'withdrawal_requested', claim: 'C1', at: '2024-08-02T09:00+09:00', message: 'write to me at someone@example.com', deadline: '2024-08-08', piiWarning },
    { type: 'withdrawal_accepted', claim: 'C1', at: '2024-08-03T09:00+09:00' },
  ];
  it('a message with an e-mail address carries the warning under piiCheck: warn; without it the claim violates R21', async () => {
    expect(await audit(request(true))).toMatchObject({ conforms: 1, violates: 0 });
    expect((await audit(request(false))).rules).toEqual(['R21']);
  });

  it('a clean memo carries none; a warning on it violates R21', async () => {
    const memo = (piiWarning: boolean) => [opened('C1'), { type: 'memo_sent', claim: 'C1', at: '2024-08-02T09:00+09:00', from: 'buyer', text: 'when will you pick it up?', piiWarning }];
    expect(await audit(memo(false))).toMatchObject({ conforms: 1, violates: 0 });
    expect((await audit(memo(true))).rules).toEqual(['R21']);
  });
});

describe("the buyer's pending-withdrawal counter, before and after (R6)", () => {
  const timeout = (after: number) => [
    opened('C1'),
    { type: 'withdrawal_requested', claim: 'C1', at: '2024-08-02T09:00+09:00', message: 'please withdraw', deadline: '2024-08-08', buyerPendingBefore: 2, buyerPending: 3 },
    { type: 'withdrawal_timed_out', claim: 'C1', at: '2024-08-09T00:00+09:00', buyerPendingBefore: 3, buyerPending: after },
  ];
  it('a request raises it by one and its timeout lowers it by one; a timeout that keeps it violates R6', async () => {
    expect(await audit(timeout(2))).toMatchObject({ conforms: 1, violates: 0 });
    const wrong = await audit(timeout(3));
    // Both readings: the replay (R6) and the invariant checker's counter (I8).
    expect(wrong.rules).toEqual(['I8', 'R6']);
    expect(wrong.messages[0]).toContain('from 3 to 3');
  });

  it('a rejection lowers it (the claim is on hold, not requested); one that keeps it violates R6', async () => {
    const reject = (after: number) => [
      opened('C1'),
      { type: 'withdrawal_requested', claim: 'C1', at: '2024-08-02T09:00+09:00', message: 'please withdraw', buyerPendingBefore: 0, buyerPending: 1 },
      { type: 'withdrawal_rejected', claim: 'C1', at: '2024-08-03T09:00+09:00', reason: 'no', buyerPendingBefore: 1, buyerPending: after },
    ];
    expect(await audit(reject(0))).toMatchObject({ conforms: 1, violates: 0 });
    expect((await audit(reject(1))).rules).toEqual(['I8', 'R6']);
  });
});

describe('what an action submitted: chosenCategory (R9), the memo sender (R20), action (R8)', () => {
  const rejected = (category: string) => [
    opened('C1'),
    { type: 'withdrawal_requested', claim: 'C1', at: '2024-08-02T09:00+09:00', message: 'please withdraw' },
    { type: 'withdrawal_rejected', claim: 'C1', at: '2024-08-03T09:00+09:00', reason: 'it is broken', chosenCategory: 'item_defective', category },
  ];
  it('the seller is shown the category the buyer chose; "other" in its place violates R9', async () => {
    expect(await audit(rejected('item_defective'))).toMatchObject({ conforms: 1, violates: 0 });
    expect((await audit(rejected('other'))).rules).toEqual(['R9']);
  });

  it("a memo recorded as the seller's but sent by the buyer's account violates R20", async () => {
    const memo = (actor: string) => [opened('C1'), { type: 'memo_sent', claim: 'C1', at: '2024-08-02T09:00+09:00', from: 'seller', text: 'we will pick it up', actor }];
    expect(await audit(memo('S-1'))).toMatchObject({ conforms: 1, violates: 0 });
    expect((await audit(memo('B-1'))).rules).toEqual(['R20']);
  });

  it('an accept recorded as a rejection violates R8; a rejection submitted as such conforms', async () => {
    const answer = (action: string) => [
      opened('C1'),
      { type: 'withdrawal_requested', claim: 'C1', at: '2024-08-02T09:00+09:00', message: 'please withdraw' },
      { type: 'withdrawal_rejected', claim: 'C1', at: '2024-08-03T09:00+09:00', reason: 'accepted', action },
    ];
    expect(await audit(answer('reject_withdrawal'))).toMatchObject({ conforms: 1, violates: 0 });
    const wrong = await audit(answer('accept_withdrawal'));
    expect(wrong.rules[0]).toBe('R8');
    expect(wrong.messages[0]).toContain('withdrawal_accepted');
  });
});

describe('action_refused: the rules are asked the same and must refuse it the same way', () => {
  it('a request on a returning claim refused INELIGIBLE_STATUS violates R2 (returning is eligible); on a cancelling claim it conforms', async () => {
    const refused = (status: string, claimType: string) => [
      opened('C1', { claimType, status }),
      { type: 'action_refused', claim: 'C1', at: '2024-08-02T09:00+09:00', action: 'request_withdrawal', code: 'INELIGIBLE_STATUS', message: 'please withdraw', support: SUPPORT_CATEGORY },
    ];
    expect(await audit(refused('cancelling', 'cancel'))).toMatchObject({ conforms: 1, violates: 0 });
    const wrong = await audit(refused('returning', 'return'));
    expect(wrong.rules).toEqual(['R2']);
    expect(wrong.messages[0]).toContain('the rules accept it');
  });

  it('an INELIGIBLE_STATUS refusal that points nowhere violates R3 (it must name the support desk)', async () => {
    const refused = [
      opened('C1', { claimType: 'cancel', status: 'cancelling' }),
      { type: 'action_refused', claim: 'C1', at: '2024-08-02T09:00+09:00', action: 'request_withdrawal', code: 'INELIGIBLE_STATUS', message: 'please withdraw', support: null },
    ];
    expect((await audit(refused)).rules).toEqual(['R3']);
  });

  it('a cancel of a withdrawal on hold refused NO_OPEN_REQUEST violates R14; with none open it conforms', async () => {
    const cancel = (rejected: boolean) => [
      opened('C1'),
      { type: 'withdrawal_requested', claim: 'C1', at: '2024-08-02T09:00+09:00', message: 'please withdraw' },
      rejected
        ? { type: 'withdrawal_rejected', claim: 'C1', at: '2024-08-03T09:00+09:00', reason: 'no' }
        : { type: 'withdrawal_cancelled', claim: 'C1', at: '2024-08-03T09:00+09:00' },
      { type: 'action_refused', claim: 'C1', at: '2024-08-04T09:00+09:00', action: 'cancel_withdrawal', code: 'NO_OPEN_REQUEST', support: null },
    ];
    expect(await audit(cancel(false))).toMatchObject({ conforms: 1, violates: 0 });
    expect((await audit(cancel(true))).rules).toEqual(['R14']);
  });

  it('a re-request inside the rejection cooldown is refused COOLDOWN_ACTIVE until 00:00 of rejection date + 5; another end violates R12', async () => {
    const reRequest = (until: string) => [
      opened('C1'),
      { type: 'withdrawal_requested', claim: 'C1', at: '2024-08-02T09:00+09:00', message: 'please withdraw' },
      { type: 'withdrawal_rejected', claim: 'C1', at: '2024-08-03T09:00+09:00', reason: 'no' },
      { type: 'action_refused', claim: 'C1', at: '2024-08-04T09:00+09:00', action: 're_request_withdrawal', code: 'COOLDOWN_ACTIVE', message: 'please', until, support: null },
    ];
    expect(await audit(reRequest('2024-08-08T00:00+09:00'))).toMatchObject({ conforms: 1, violates: 0 });
    expect((await audit(reRequest('2024-08-07T00:00+09:00'))).rules).toEqual(['R12']);
  });

  it('a refusal with another code than the rules\' first names the rule of the rules\' refusal', async () => {
    const wrong = await audit([
      opened('C1'),
      { type: 'action_refused', claim: 'C1', at: '2024-08-02T09:00+09:00', action: 'request_withdrawal', code: 'MESSAGE_REQUIRED', message: '', actor: 'B-1', support: null },
    ]);
    expect(wrong.rules).toEqual(['R1']);
    expect(wrong.messages[0]).toContain('NOT_SELLER');
  });
});
