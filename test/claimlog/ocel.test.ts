import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { afterAll, describe, expect, it } from 'vitest';
import { makePolicy } from '../../engine/index.js';
import type { AuditResult, SkippedLine } from '../../claimlog/AuditResult.js';
import { auditLogs } from '../../claimlog/auditLogs.js';
import { runInProcess } from '../cli/runInProcess.js';
import { tempDirs } from '../tempDirs.js';

const dirs = tempDirs('claimsim-ocel-');
afterAll(dirs.remove);

const EXAMPLE = 'examples/logs/small.ocel.json';

interface Ocel {
  objectTypes: { name: string; attributes: { name: string; type: string }[] }[];
  eventTypes: { name: string; attributes: { name: string; type: string }[] }[];
  events: { id: string; type: string; time: string; attributes: { name: string; value: string }[]; relationships: { objectId: string; qualifier: string }[] }[];
  objects: { id: string; type: string; attributes: { name: string }[]; relationships: { objectId: string }[] }[];
}

async function audit(path: string): Promise<{ result: AuditResult; skipped: SkippedLine[] }> {
  const skipped: SkippedLine[] = [];
  const result = await auditLogs([path], { toleranceMs: 0, headerPolicy: (p) => makePolicy(p), onSkipped: (s) => skipped.push(s) });
  return { result, skipped };
}

const validate = new Ajv({ strict: true, allowUnionTypes: true, allErrors: true }).compile(JSON.parse(readFileSync('schemas/ocel2.schema.json', 'utf8')) as object);

/** Checks a document against schemas/ocel2.schema.json, and what the schema cannot: declared attributes, related objects that exist. */
function checkOcel(doc: Ocel): void {
  expect(validate(doc), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
  const declared = new Map(doc.eventTypes.map((t) => [t.name, new Set(t.attributes.map((a) => a.name))]));
  const objects = new Set(doc.objects.map((o) => o.id));
  expect(objects.size).toBe(doc.objects.length);
  expect(new Set(doc.objectTypes.map((t) => t.name))).toEqual(new Set(['claim', 'order', 'seller', 'buyer']));
  for (const e of doc.events) {
    for (const a of e.attributes) expect(declared.get(e.type)?.has(a.name), `${e.id} ${e.type}.${a.name}`).toBe(true);
    for (const r of e.relationships) expect(objects.has(r.objectId), `${e.id} relates ${r.objectId}`).toBe(true);
  }
  for (const o of doc.objects) for (const r of o.relationships) expect(objects.has(r.objectId)).toBe(true);
}

describe('OCEL 2.0 (docs/claim-log.md, OCEL 2.0)', () => {
  it('simulate --ocel → audit: every claim conforms, none unknown; the document is valid OCEL 2.0 and the same run writes the same bytes', async () => {
    const dir = dirs.make();
    const args = (n: string): string[] => ['simulate', '--population', 'generators/populations/small.yaml', '--claims', '200', '--quiet', '--out', join(dir, `out${n}`), '--ocel', join(dir, `run${n}.ocel.json`)];
    expect((await runInProcess(args('1'))).status).toBe(0);
    expect((await runInProcess(args('2'))).status).toBe(0);
    const text = readFileSync(join(dir, 'run1.ocel.json'), 'utf8');
    expect(readFileSync(join(dir, 'run2.ocel.json'), 'utf8')).toBe(text);
    checkOcel(JSON.parse(text) as Ocel);
    const { result, skipped } = await audit(join(dir, 'run1.ocel.json'));
    expect(skipped).toEqual([]);
    expect(result.verdicts).toEqual({ conforms: 200, violates: 0, unknown: 0 });
  });

  it('simulate --ocel refuses the file of --log, and more than one worker (exit 2)', async () => {
    const dir = dirs.make();
    const base = ['simulate', '--population', 'generators/populations/small.yaml', '--claims', '20', '--quiet', '--out', join(dir, 'out')];
    const same = await runInProcess([...base, '--log', join(dir, 'x.json'), '--ocel', join(dir, 'x.json')]);
    expect(same.status).toBe(2);
    expect(same.stderr).toContain('--ocel names the file of --log or --events');
    const workers = await runInProcess([...base, '--workers', '2', '--ocel', join(dir, 'y.json')]);
    expect(workers.status).toBe(2);
    expect(workers.stderr).toContain('--ocel writes one engine\'s events in order: use it with --workers 1');
  });

  it('the example examples/logs/small.ocel.json is valid and audits clean; claimsim audit reads it by its content, whatever its name', async () => {
    checkOcel(JSON.parse(readFileSync(EXAMPLE, 'utf8')) as Ocel);
    const { result } = await audit(EXAMPLE);
    expect(result.verdicts).toEqual({ conforms: 6, violates: 0, unknown: 0 });
    // The schema bites: an event without its time, or a relationship without its qualifier, is refused.
    const broken = JSON.parse(readFileSync(EXAMPLE, 'utf8')) as Record<string, Record<string, unknown>[]>;
    delete broken['events']![0]!['time'];
    expect(validate(broken)).toBe(false);
    expect(validate({ objectTypes: [], eventTypes: [], objects: [], events: [{ id: 'e1', type: 't', time: '2024-04-03T16:00:00Z', relationships: [{ objectId: 'C0' }] }] })).toBe(false);
    const renamed = join(dirs.make(), 'export.log');
    writeFileSync(renamed, readFileSync(EXAMPLE));
    const r = await runInProcess(['audit', renamed]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('28 records, 6 claims');
  });

  it('a defect is named at the line its event starts on, one event a line or pretty-printed; a document on one line is numbered by event', async () => {
    const doc = JSON.parse(readFileSync(EXAMPLE, 'utf8')) as Ocel;
    const i = doc.events.findIndex((e) => e.id === 'e2');
    doc.events[i]!.attributes.find((a) => a.name === 'deadline')!.value = '2024-04-08';
    const dir = dirs.make();
    const shipped = readFileSync(EXAMPLE, 'utf8').split('\n');
    const line = shipped.findIndex((l) => l.startsWith('{"id":"e2",')) + 1;
    shipped[line - 1] = shipped[line - 1]!.replace('"2024-04-09"', '"2024-04-08"');
    writeFileSync(join(dir, 'lines.json'), shipped.join('\n'));
    const pretty = JSON.stringify(doc, null, 2);
    writeFileSync(join(dir, 'pretty.json'), pretty);
    writeFileSync(join(dir, 'compact.json'), JSON.stringify(doc));
    const prettyLine = pretty.split('\n').findIndex((l) => l.includes('"id": "e2"')); // the line above holds the event's {

    const lines = (await audit(join(dir, 'lines.json'))).result;
    expect(lines.violating[0]).toMatchObject({ claim: 'C0', rule: 'R6', line });
    expect((await audit(join(dir, 'pretty.json'))).result.violating[0]).toMatchObject({ claim: 'C0', rule: 'R6', line: prettyLine });
    expect((await audit(join(dir, 'compact.json'))).result.violating[0]).toMatchObject({ claim: 'C0', rule: 'R6', line: i + 1 });
  });

  it('an event that does not read is a skipped line; a document without the OCEL collections is refused at 1:1 (exit 2)', async () => {
    const dir = dirs.make();
    const doc = JSON.parse(readFileSync(EXAMPLE, 'utf8')) as Ocel;
    doc.events[1]!.relationships = [];
    doc.events[2]!.time = '2024-04-03 16:00';
    const path = join(dir, 'bad.json');
    writeFileSync(path, `{"objectTypes":[],\n"eventTypes":[],\n"events":[\n${doc.events.map((e) => JSON.stringify(e)).join(',\n')}\n],\n"objects":[]}\n`);
    const { skipped } = await audit(path);
    expect(skipped.map((s) => s.line)).toEqual([5, 6]);
    expect(skipped[0]!.problem).toContain('OCEL event e2 (withdrawal_requested) relates no object with the qualifier "claim"');
    expect(skipped[1]!.problem).toMatch(/^OCEL event e3: /);

    const partial = join(dir, 'partial.json');
    writeFileSync(partial, '{"objectTypes": [], "events": []}\n');
    const r = await runInProcess(['audit', partial]);
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).toBe(`${partial}:1:1: an OCEL 2.0 document has "eventTypes": [...] (this one lacks it)`);
  });
});
