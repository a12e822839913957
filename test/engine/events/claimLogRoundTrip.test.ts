import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type ClaimEvent, DEFAULT_POLICY, calendarFor, daysFromCivil } from '../../../engine/index.js';
import { type AnyFieldCodec, EVENT_KINDS, catalogueLoggedByKind, eventSpec } from '../../../engine/events/index.js';
import { judgeContext } from '../../../claimlog/JudgeContext.js';
import { parseLogLine } from '../../../claimlog/parseLogLine.js';
import { newTracked, toClaimEvent } from '../../../claimlog/toClaimEvent.js';
import { toLogRecord } from '../../../claimlog/toLogRecord.js';

// One event of each kind with a record of its own, as a simulated run emitted them (the default population, a policy with a reminder and dated changes).
const FIXTURE: ClaimEvent[] = readFileSync(new URL('./fixtures/oneEventPerKind.ndjson', import.meta.url), 'utf8')
  .trim()
  .split('\n')
  .map((line) => JSON.parse(line) as ClaimEvent);

const calendar = calendarFor(DEFAULT_POLICY.timezone);
const at = calendar.atWallTime(daysFromCivil(2024, 8, 11), 9 * 3_600_000);

/** An event of a kind the catalogue logs from its fields, each field a value its codec carries. */
function synthesized(kind: string, fields: Readonly<Record<string, AnyFieldCodec>>): ClaimEvent {
  const value = (codec: AnyFieldCodec): unknown =>
    typeof codec !== 'string' ? codec[0] : { id: 'X1', text: 'some text', instant: at + 60_000, instantOrNull: null, day: daysFromCivil(2024, 8, 20), count: 2, flag: true }[codec];
  return { kind, at, claim: 'C1', ...Object.fromEntries(Object.entries(fields).map(([k, c]) => [k, value(c)])) } as unknown as ClaimEvent;
}

function examplesOf(kind: ClaimEvent['kind']): ClaimEvent[] {
  const logged = catalogueLoggedByKind(kind);
  return logged !== undefined ? [synthesized(kind, logged.fields)] : FIXTURE.filter((e) => e.kind === kind);
}

describe('every event kind of the catalogue through the claim log', () => {
  const ctx = judgeContext(DEFAULT_POLICY, 0, ['log.ndjson']);

  it.each(EVENT_KINDS.map((k) => [k]))('%s: written as its record type, read back as the same record and the same kind, and written again the same', (kind) => {
    const examples = examplesOf(kind);
    expect(examples.length, `an example of ${kind} (add one to fixtures/oneEventPerKind.ndjson)`).toBeGreaterThan(0);
    for (const e of examples) {
      const record = toLogRecord(e, calendar);
      const spec = eventSpec(kind);
      if (spec.record === null) {
        expect(record).toBeNull();
        continue;
      }
      expect(record!.type).toBe(e.kind === 'WithdrawalRequested' && e.reRequest ? 'withdrawal_rerequested' : spec.record);
      const line = parseLogLine(JSON.stringify(record));
      expect(line).toEqual({ kind: 'record', record, at: e.at });
      const read = toClaimEvent(ctx, { record: record!, file: 0, line: 1, at: e.at, eff: e.at, rank: 0 }, newTracked(), e);
      expect(read.kind).toBe(kind);
      if (catalogueLoggedByKind(kind) !== undefined) expect(read).toEqual(e);
      const again = toLogRecord(read, calendar) as Record<string, unknown>;
      // The reading takes R18's delay from the rules (the audit judges the record's own delayedFrom against them).
      if (again['type'] === 'claim_opened') again['delayedFrom'] = (record as Record<string, unknown>)['delayedFrom'];
      expect(again).toEqual(record);
    }
  });
});
