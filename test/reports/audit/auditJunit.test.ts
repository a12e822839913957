import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import { AUDITED_INVARIANTS, AUDITED_RULES } from '../../../reports/audit/auditedRules.js';
import { JUNIT_LISTED, auditJunit } from '../../../reports/audit/auditJunit.js';
import { auditExample, manyViolations } from './auditReports.js';

interface Element {
  name: string;
  attributes: Record<string, string>;
  text: string;
  children: Element[];
}

/** Parses XML with a conforming parser (it throws on anything not well-formed) into a small tree. */
function parseXml(xml: string): Element {
  const parser = new SaxesParser();
  const root: Element = { name: '#document', attributes: {}, text: '', children: [] };
  const stack = [root];
  parser.on('error', (e) => {
    throw e;
  });
  parser.on('opentag', (tag) => {
    const el: Element = { name: tag.name, attributes: tag.attributes as Record<string, string>, text: '', children: [] };
    stack.at(-1)!.children.push(el);
    stack.push(el);
  });
  parser.on('text', (t) => {
    stack.at(-1)!.text += t;
  });
  parser.on('closetag', () => {
    stack.pop();
  });
  parser.write(xml).close();
  return root.children[0]!;
}

function cases(xml: string): Element[] {
  return parseXml(xml).children[0]!.children;
}

describe('audit.junit.xml', () => {
  it('has one testcase per rule and invariant the audit checks; the violated ones fail with claim, line and message', async () => {
    const r = await auditExample(['missing-auto-withdrawal.ndjson']);
    const xml = auditJunit(r);
    const all = cases(xml);
    expect(all.map((c) => c.attributes.name)).toEqual([...AUDITED_RULES, ...AUDITED_INVARIANTS]);
    expect(AUDITED_INVARIANTS).toEqual(['I1', 'I2', 'I3', 'I4', 'I5', 'I6', 'I7', 'I8', 'I11', 'I12']);
    const failed = all.filter((c) => c.children.length > 0).map((c) => c.attributes.name);
    expect(failed.sort()).toEqual(Object.keys(r.violationsByRule).sort());
    const r10 = all.find((c) => c.attributes.name === 'R10')!.children[0]!;
    expect(r10.name).toBe('failure');
    expect(r10.attributes.message).toContain('C-1001');
    expect(r10.text).toContain('C-1001 (examples/logs/missing-auto-withdrawal.ndjson:7): R10: auto-withdrawal due at 2024-08-11T00:00+09:00');
    expect(parseXml(xml).attributes).toMatchObject({ tests: String(all.length), failures: String(failed.length), errors: '0' });
  });

  it('every rule an example log is found violating is one the list names', async () => {
    const named = new Set<string>();
    for (const log of ['missing-auto-withdrawal.ndjson', 'late-batch.ndjson', 'rerequest-inside-cooldown.ndjson', 'duplicated-record.ndjson', 'out-of-order.ndjson']) {
      for (const rule of Object.keys((await auditExample([log])).violationsByRule)) named.add(rule);
    }
    expect(named.size).toBeGreaterThan(0);
    for (const rule of named) expect([...AUDITED_RULES, ...AUDITED_INVARIANTS]).toContain(rule);
  });

  it('a log with unreadable lines has a case for them, as an error listing file:line and why', async () => {
    const r = await auditExample(['invalid-lines.ndjson']);
    const last = cases(auditJunit(r)).at(-1)!;
    expect(last.attributes.name).toBe('unreadable lines');
    expect(last.children[0]!.name).toBe('error');
    expect(last.children[0]!.text).toContain('examples/logs/invalid-lines.ndjson:4: ');
    expect(last.children[0]!.text.split('\n')).toHaveLength(r.skippedLines);
  });

  it('caps the listed violations and says how many more; markup in messages stays well-formed; same bytes twice', async () => {
    const r = manyViolations(await auditExample(['missing-auto-withdrawal.ndjson']), JUNIT_LISTED + 7);
    const xml = auditJunit(r);
    expect(auditJunit(r)).toBe(xml);
    const failure = cases(xml).find((c) => c.attributes.name === 'R12')!.children[0]!;
    const lines = failure.text.split('\n');
    expect(lines).toHaveLength(JUNIT_LISTED + 1);
    expect(lines.at(-1)).toContain('… 7 more (57 claims in all');
    expect(lines[0]).toContain(`<&"'>`);
  });
});
