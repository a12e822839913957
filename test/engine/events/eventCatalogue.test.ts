import { describe, expect, it } from 'vitest';
import type { EventKind } from '../../../engine/index.js';
import { EVENT_CATALOGUE, EVENT_KINDS, type LogFields, type NoticeKind, isNotice } from '../../../engine/events/index.js';
import type { EventCatalogueShape, EventCatalogueShape as Shape } from '../../../engine/events/EventSpec.js';

// Compile-time: the catalogue is held to the ClaimEvent union both ways, and a catalogue field list to the event's fields.
type WithoutOne = Omit<Shape, 'BuyerReminded'>;
// @ts-expect-error a kind of the union without an entry does not compile
const _missing: EventCatalogueShape = {} as WithoutOne;
// @ts-expect-error an entry for a kind the union does not have does not compile
const _extra: EventCatalogueShape = { ...EVENT_CATALOGUE, NotAKind: EVENT_CATALOGUE.BuyerReminded } satisfies EventCatalogueShape;
const _fields: LogFields<'BuyerReminded'> = { request: 'count', deadline: 'day' };
// @ts-expect-error a field missing from the list does not compile
const _fewer: LogFields<'BuyerReminded'> = { request: 'count' };
// @ts-expect-error a codec that does not fit the field's type does not compile
const _wrong: LogFields<'BuyerReminded'> = { request: 'count', deadline: 'text' };
const _enum: LogFields<'WithdrawalLapsed'> = { cause: ['timeout', 'ineligible_status'], pendingWithdrawals: 'count' };
// @ts-expect-error an enum value the field cannot take does not compile
const _badEnum: LogFields<'WithdrawalLapsed'> = { cause: ['timeout', 'later'], pendingWithdrawals: 'count' };
const _notice: NoticeKind = 'BuyerReminded';
void [_missing, _extra, _fields, _fewer, _wrong, _enum, _badEnum, _notice];

describe('the event catalogue', () => {
  it('lists the kinds in the order summaries list them, a new kind after them (summary.json stays as it was)', () => {
    expect(EVENT_KINDS.slice(0, 14)).toEqual([
      'OrderPlaced',
      'ClaimOpened',
      'ClaimAdvanced',
      'WithdrawalRequested',
      'WithdrawalAccepted',
      'WithdrawalRejected',
      'WithdrawalTimedOut',
      'WithdrawalLapsed',
      'WithdrawalCancelled',
      'BuyerReminded',
      'MemoSent',
      'SupportContacted',
      'DeadlineRetimed',
      'CooldownRetimed',
    ] satisfies EventKind[]);
  });

  it('gives each claim event a snake_case record type of its own, and rule ids of rules.md', () => {
    const records = EVENT_KINDS.map((k) => EVENT_CATALOGUE[k].record).filter((r) => r !== null);
    expect(new Set(records).size).toBe(records.length);
    for (const r of records) expect(r).toMatch(/^[a-z]+(_[a-z]+)*$/);
    for (const k of EVENT_KINDS) {
      const spec = EVENT_CATALOGUE[k];
      expect(spec.record === null, k).toBe(spec.about === 'order');
      for (const rule of spec.rules) expect(Number(rule.slice(1)), `${k} ${rule}`).toBeLessThanOrEqual(21);
      expect(spec.description.length, k).toBeGreaterThan(0);
    }
  });

  it('calls a state-free event a notice (the reminder), and no event a folding reader keeps', () => {
    const notices = EVENT_KINDS.filter((k) => EVENT_CATALOGUE[k].effect === 'notice');
    expect(notices).toContain('BuyerReminded');
    for (const k of ['ClaimOpened', 'ClaimAdvanced', 'WithdrawalRequested', 'WithdrawalAccepted', 'WithdrawalRejected', 'WithdrawalTimedOut', 'WithdrawalLapsed', 'WithdrawalCancelled', 'MemoSent', 'SupportContacted', 'DeadlineRetimed', 'CooldownRetimed'] as const) {
      expect(notices, k).not.toContain(k);
    }
    expect(isNotice({ kind: 'BuyerReminded', at: 0, claim: 'C1', request: 1, deadline: 0 })).toBe(true);
    expect(isNotice({ kind: 'WithdrawalAccepted', at: 0, claim: 'C1', pendingWithdrawals: 0 })).toBe(false);
  });
});
