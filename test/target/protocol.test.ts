import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type ClaimEvent, DEFAULT_POLICY, Engine } from '../../engine/index.js';
import { TARGET_TIMEOUT_MS, parseTargetTimeout } from '../../target/adapter/targetLimits.js';
import { okReply, targetReply } from '../../target/protocol/messages.js';
import { targetJsonSchemas } from '../../target/protocol/targetJsonSchemas.js';
import { eventFromWire, eventToWire, instantFromWire } from '../../target/protocol/wire.js';

describe('the target protocol', () => {
  it('schemas/target holds exactly the schemas generated from the zod messages (npx tsx target/protocol/writeTargetSchemas.ts)', () => {
    const generated = targetJsonSchemas();
    expect(readdirSync('schemas/target').sort()).toEqual(Object.keys(generated).sort());
    for (const [file, text] of Object.entries(generated)) expect(readFileSync(`schemas/target/${file}`, 'utf8'), file).toBe(text);
  });

  it('events go to the wire and back unchanged, and an ok reply of them is valid', () => {
    const events: ClaimEvent[] = [];
    const engine = new Engine({ policy: { ...DEFAULT_POLICY, reminderDaysBeforeDeadline: 2 }, start: Date.UTC(2021, 6, 20), onEvents: (e) => events.push(...e) });
    engine.execute({ kind: 'PlaceOrder', order: 'O1', seller: 'S1', buyer: 'B1', orderedAt: Date.UTC(2021, 6, 8) });
    engine.execute({ kind: 'OpenClaim', claim: 'C1', order: 'O1', type: 'return' });
    engine.execute({ kind: 'RequestWithdrawal', claim: 'C1', message: 'call me at 090-1234-5678' });
    engine.advanceTo(Date.UTC(2021, 7, 30));
    expect(events.map((e) => e.kind)).toEqual(['OrderPlaced', 'ClaimOpened', 'WithdrawalRequested', 'BuyerReminded', 'WithdrawalTimedOut']);
    const wire = events.map(eventToWire);
    expect(wire[2]).toMatchObject({ deadline: '2021-07-26', timeoutAt: '2021-07-26T15:00:00.000Z', pii: ['phone'] });
    expect(okReply.safeParse({ id: 1, type: 'ok', now: '2021-08-30T00:00:00.000Z', events: wire }).success).toBe(true);
    expect(wire.map((w) => eventFromWire(w))).toEqual(events.map((value) => ({ ok: true, value })));
  });

  it('refuses instants that are not UTC with milliseconds, and replies out of protocol', () => {
    expect(instantFromWire('2021-07-29T10:00+09:00')).toBeUndefined();
    expect(eventFromWire({ kind: 'WithdrawalTimedOut', at: '2021-08-05' })).toEqual({ ok: false, field: 'at', got: '2021-08-05' });
    expect(targetReply.safeParse({ id: 1, type: 'ok', now: '2021-08-05T00:00:00.000Z', events: [{ kind: 'ClaimExploded', at: '2021-08-05T00:00:00.000Z' }] }).success).toBe(false);
    expect(targetReply.safeParse({ id: 1, type: 'refused', now: '2021-08-05T00:00:00.000Z', refusal: { code: 'NOPE', message: '' } }).success).toBe(false);
  });

  it('--target-timeout: its units and its range', () => {
    expect(parseTargetTimeout('250ms')).toEqual({ ok: true, ms: 250 });
    expect(parseTargetTimeout('5s')).toEqual({ ok: true, ms: 5000 });
    expect(parseTargetTimeout('2')).toEqual({ ok: true, ms: 2000 });
    expect(parseTargetTimeout('10m')).toEqual({ ok: true, ms: TARGET_TIMEOUT_MS.max });
    for (const bad of ['9ms', '11m', '-1s', '5 h', '']) expect(parseTargetTimeout(bad).ok, bad).toBe(false);
  });
});
