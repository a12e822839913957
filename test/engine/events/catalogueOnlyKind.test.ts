import { describe, expect, it, vi } from 'vitest';
import { type ClaimEvent, DEFAULT_POLICY, calendarFor, daysFromCivil } from '../../../engine/index.js';

// A made-up notice registered in the event catalogue only (no case in any reader): every reader
// must take it from its entry. The mock adds it before any reader loads the catalogue.
vi.mock('../../../engine/events/eventCatalogue.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../../engine/events/eventCatalogue.js')>();
  return {
    ...original,
    EVENT_CATALOGUE: {
      ...original.EVENT_CATALOGUE,
      SellerNudged: {
        record: 'seller_nudged',
        about: 'claim',
        source: 'clock',
        effect: 'notice',
        rules: ['R12'],
        description: 'the seller was nudged',
        log: { endsAt: 'instant', lastDay: 'day', cooldown: ['rejection', 'cancellation'], note: 'text', count: 'count' },
      },
    },
  };
});

// Every kind needs one feature's fold (the registry refuses, at load, a kind nothing folds): a
// notice's is `() => {}`, registered here as a feature of its own would.
vi.mock('../../../engine/features/index.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../../engine/features/index.js')>();
  return { ...original, FEATURES: [...original.FEATURES, { name: 'sellerNudge', rules: ['R12'], docs: 'docs/rules.md#after-a-rejection-4-5', evolves: { SellerNudged: () => {} } }] };
});

const { EVENT_KINDS_IN_ORDER } = await import('../../../generators/summary/eventKinds.js');
const { SummaryTally } = await import('../../../generators/summary/SummaryTally.js');
const { summarySchema } = await import('../../../generators/summary/summarySchema.js');
const { wireEvent } = await import('../../../target/protocol/messages.js');
const { eventFromWire, eventToWire } = await import('../../../target/protocol/wire.js');
const { toLogRecord } = await import('../../../claimlog/toLogRecord.js');
const { parseLogLine } = await import('../../../claimlog/parseLogLine.js');
const { isTimerRecord } = await import('../../../claimlog/LogRecord.js');
const { toClaimEvent, newTracked } = await import('../../../claimlog/toClaimEvent.js');
const { toCommands } = await import('../../../claimlog/toCommands.js');
const { isSystemEvent, shows, systemRule } = await import('../../../claimlog/systemRecords.js');
const { recordTypeOf } = await import('../../../claimlog/shownValues.js');
const { judgeContext } = await import('../../../claimlog/JudgeContext.js');
const { claimLogJsonSchema } = await import('../../../claimlog/claimLogJsonSchema.js');
const { OCEL_EVENT_TYPES } = await import('../../../claimlog/ocel/ocelTypes.js');
const { toOcelEvent } = await import('../../../claimlog/ocel/toOcelEvent.js');
const { describeEntry } = await import('../../../reports/explain/describeEntry.js');
const { ruleCoverage, RULES_BY_EVENT } = await import('../../../reports/model/ruleCoverage.js');
const { ClaimRecords } = await import('../../../generators/records/ClaimRecords.js');
const { claimId } = await import('../../../generators/records/generatedIds.js');

const calendar = calendarFor(DEFAULT_POLICY.timezone);
const at = calendar.startOfDay(daysFromCivil(2024, 8, 11));
const nudge = {
  kind: 'SellerNudged',
  at,
  claim: claimId(0),
  endsAt: at + 3_600_000,
  lastDay: daysFromCivil(2024, 8, 20),
  cooldown: 'rejection',
  note: 'ask again',
  count: 2,
} as unknown as ClaimEvent;

describe('an event kind registered in the catalogue only', () => {
  it('is counted in the summary, after the kinds before it', () => {
    expect(EVENT_KINDS_IN_ORDER.at(-1)).toBe('SellerNudged');
    const tally = new SummaryTally();
    tally.countEvent(nudge.kind);
    expect(tally.eventCounts[nudge.kind]).toBe(1);
    expect(summarySchema.shape.eventCounts.safeParse({ SellerNudged: 1 }).success).toBe(true);
  });

  it('passes the target protocol, its instants and dates on the wire', () => {
    const wire = eventToWire(nudge);
    expect(wire).toMatchObject({ kind: 'SellerNudged', endsAt: '2024-08-10T16:00:00.000Z', lastDay: '2024-08-20' });
    expect(wireEvent.safeParse(wire).success).toBe(true);
    expect(eventFromWire(wire)).toEqual({ ok: true, value: nudge });
  });

  it('is written to the claim log, read back (both paths) and turned back into its event', () => {
    const record = toLogRecord(nudge, calendar)!;
    expect(record).toEqual({ type: 'seller_nudged', claim: claimId(0), at: '2024-08-11T00:00:00.000+09:00', endsAt: '2024-08-11T01:00:00.000+09:00', lastDay: '2024-08-20', cooldown: 'rejection', note: 'ask again', count: 2 });
    const line = parseLogLine(JSON.stringify(record));
    expect(line).toEqual({ kind: 'record', record, at });
    // A field the quick check refuses goes through the schema, which names it.
    expect(parseLogLine(JSON.stringify({ ...record, cooldown: 'forever' }))).toMatchObject({ kind: 'problem', claim: claimId(0) });
    expect(parseLogLine(JSON.stringify({ ...record, endsAt: '2024-02-30T01:00+09:00' }))).toMatchObject({ kind: 'problem', problem: expect.stringContaining('endsAt') });
    expect(parseLogLine(JSON.stringify({ ...record, lastDay: '2024-02-30' }))).toMatchObject({ kind: 'problem', problem: expect.stringContaining('lastDay') });
    const ctx = judgeContext(DEFAULT_POLICY, 0, ['log.ndjson']);
    const event = toClaimEvent(ctx, { record, file: 0, line: 1, at, eff: at, rank: 0 }, newTracked(), undefined);
    expect(event).toEqual(nudge);
  });

  it('is a clock record to the audit: not replayed, shown by its record, late within the tolerance', () => {
    const record = toLogRecord(nudge, calendar)!;
    expect(toCommands(record)).toBeNull();
    expect(isTimerRecord(record)).toBe(true);
    expect(isSystemEvent(nudge)).toBe(true);
    expect(isSystemEvent(nudge) && shows(record, nudge)).toBe(true);
    expect(recordTypeOf(nudge)).toBe('seller_nudged');
    expect(systemRule(record)).toEqual({ rule: 'R12', what: 'the seller was nudged' });
    expect(claimLogJsonSchema()).toContain('"const": "seller_nudged"');
  });

  it('is an OCEL event type, its instants typed as time', () => {
    const type = OCEL_EVENT_TYPES.find((t) => t.name === 'seller_nudged');
    expect(type?.attributes).toEqual([
      { name: 'endsAt', type: 'time' },
      { name: 'lastDay', type: 'string' },
      { name: 'cooldown', type: 'string' },
      { name: 'note', type: 'string' },
      { name: 'count', type: 'string' },
    ]);
    expect(toOcelEvent(toLogRecord(nudge, calendar)!, 'e1')).toMatchObject({ type: 'seller_nudged', relationships: [{ objectId: claimId(0), qualifier: 'claim' }] });
  });

  it('is explained by its description and credited to its rules', () => {
    const text = describeEntry({ at, command: null, events: [nudge], refusal: null, rules: [] }, calendar);
    expect(text.what).toBe('clock: the seller was nudged');
    expect(text.results).toEqual(['SellerNudged: the seller was nudged (endsAt 2024-08-11 01:00:00.000 +09:00, lastDay 2024-08-20, cooldown rejection, note ask again, count 2)']);
    expect(RULES_BY_EVENT[nudge.kind]).toEqual(['R12']);
    const r12 = ruleCoverage({ events: { [nudge.kind]: 3 } }).rules.find((r) => r.rule === 'R12');
    expect(r12).toEqual({ rule: 'R12', hits: 3, via: [{ source: 'SellerNudged', count: 3 }] });
  });

  it('changes nothing a population run keeps of the claim', () => {
    const records = new ClaimRecords(1);
    records.observe({ kind: 'ClaimOpened', at, claim: claimId(0), order: 'O1', seller: 'S1', buyer: 'B1', type: 'cancel', status: 'cancel_requested', receivedAt: at, delayedFrom: at });
    const before = { ...records.finished(0, at) };
    records.observe(nudge);
    expect({ ...records.finished(0, at) }).toEqual(before);
  });
});
