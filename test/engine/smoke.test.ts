import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY, Engine, calendarFor, claimView, daysFromCivil } from '../../engine/index.js';

const cal = calendarFor('Asia/Tokyo');
const at = (y: number, m: number, d: number, ms = 0) => cal.atWallTime(daysFromCivil(y, m, d), ms);

describe('R10 manual §1 example', () => {
  it('request on 7/29 is answerable through 8/4 and withdrawn automatically at 00:00 on 8/5', () => {
    const e = new Engine({ policy: DEFAULT_POLICY, start: at(2021, 7, 20) });
    e.execute({ kind: 'PlaceOrder', order: 'O1', seller: 'S1', buyer: 'B1' });
    e.execute({ kind: 'OpenClaim', claim: 'C1', order: 'O1', type: 'return' });
    expect(e.execute({ kind: 'RequestWithdrawal', claim: 'C1', message: 'please' }, at(2021, 7, 29, 36e6)).ok).toBe(true);
    e.advanceTo(at(2021, 8, 5) - 1);
    expect(claimView(e.view.claim('C1')!, e.now, cal)).toMatchObject({ withdrawal: 'requested', deadline: '2021-08-04' });
    e.advanceTo(at(2021, 8, 5));
    expect(claimView(e.view.claim('C1')!, e.now, cal)).toMatchObject({ status: 'withdrawn', outcome: 'timeout' });
  });
});
