import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import { renderJunit, xmlText } from '../../../reports/run/index.js';
import { sampleReport } from './report.js';

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

describe('renderJunit', () => {
  it('writes well-formed JUnit XML: one testcase per scenario, a failure per failed one, an error per invalid file', () => {
    const xml = renderJunit(sampleReport());
    const suites = parseXml(xml);
    expect(suites.name).toBe('testsuites');
    expect(suites.attributes).toMatchObject({ tests: '3', failures: '1', errors: '1' });
    const cases = suites.children.flatMap((s) => s.children);
    expect(cases.map((c) => c.name)).toEqual(['testcase', 'testcase', 'testcase']);
    expect(cases[0]!.attributes['name']).toBe('a.yaml — Silence <withdraws> & "times out"');
    expect(cases[0]!.children).toEqual([]);
    const failure = cases[1]!.children[0]!;
    expect(failure.name).toBe('failure');
    expect(failure.attributes['message']).toBe('claims.C1.status: expected withdrawn, got return_requested');
    expect(failure.text).toBe('step 3: claims.C1.status: expected withdrawn, got return_requested\nstep 5: memo: expected "a\uFFFDb", got ]]> <x/>');
    expect(cases[2]!.children[0]!.name).toBe('error');
    expect(cases[2]!.children[0]!.attributes['message']).toBe('bad.yaml:3:5: unknown key "x" in the scenario (remove it)');
  });

  it('groups testcases into one testsuite per folder', () => {
    const suites = parseXml(renderJunit(sampleReport()));
    expect(suites.children.map((s) => [s.attributes['name'], s.attributes['tests']])).toEqual([
      ['lib', '1'],
      ['lib/sub', '1'],
      ['.', '1'],
    ]);
  });

  it('escapes attribute text so that line breaks and quotes survive parsing', () => {
    const value = 'a "b" & \'c\' <d>\nline\ttab';
    const el = parseXml(`<x v="${xmlText(value)}"/>`);
    expect(el.attributes['v']).toBe(value);
  });

  it('has no timings by default, and with seconds writes each scenario\'s time and the sums per suite and overall', () => {
    expect(renderJunit(sampleReport())).not.toContain('time=');
    const suites = parseXml(renderJunit(sampleReport(), { seconds: [0.25, 1.5, 0.0004] }));
    expect(suites.attributes['time']).toBe('1.750');
    expect(suites.children.map((s) => s.attributes['time'])).toEqual(['0.250', '1.500', '0.000']);
    expect(suites.children.flatMap((s) => s.children).map((c) => c.attributes['time'])).toEqual(['0.250', '1.500', '0.000']);
  });
});
