import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PARAMETERS } from '../../../engine/index.js';
import { PARAMETER_TABLE_MARKERS } from '../../../cli/actions/schema/parameterTable.js';

// A parameter is declared once, in its record (under engine/parameters, or a feature's in its folder, listed by
// engine/features/vocabulary.ts); everything else reads
// the records. This holds the sources to it by the shapes a second declaration takes: a type
// member, a zod field, a row of a key table (one key per line), a list of three or more keys,
// and a docs table row. Reading a parameter (policy.responseWindowDays) or setting it in a
// policy ({ ...p, responseWindowDays: 6 }) is not a declaration.
const ROOT = join(import.meta.dirname, '../../..');
const SOURCES = ['engine', 'input', 'scenarios', 'generators', 'claimlog', 'target', 'reports', 'cli', 'bench'];
const KEYS = PARAMETERS.map((p) => p.key);
const ANY_KEY = KEYS.join('|');

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((d) => {
    const p = join(dir, d.name);
    if (d.isDirectory()) return sourceFiles(p);
    return d.name.endsWith('.ts') ? [p] : [];
  });
}

/** Where a file declares a parameter again: "line: text" for each. */
function secondDeclarations(text: string): string[] {
  const shapes = [
    new RegExp(`^\\s*readonly\\s+(${ANY_KEY})\\??\\s*:`), // a type member
    new RegExp(`^\\s*(${ANY_KEY})\\??\\s*:\\s*(z\\.|count\\(|wholeIn|\\[\\s*\\d)`), // a zod field, a check, a range
  ];
  const lines = text.split('\n');
  const found = lines.flatMap((line, i) => (shapes.some((s) => s.test(line)) ? [`${i + 1}: ${line.trim()}`] : []));
  // A key table: three or more lines that each start with a parameter key and a colon.
  const rows = lines.flatMap((line, i) => (new RegExp(`^\\s*(${ANY_KEY})\\s*:`).test(line) ? [`${i + 1}: ${line.trim()}`] : []));
  if (rows.length >= 3) found.push(...rows);
  // A key list: three or more quoted keys in one [ … ].
  for (const m of text.matchAll(/\[[^\][]*\]/g)) {
    const named = KEYS.filter((k) => m[0].includes(`'${k}'`) || m[0].includes(`"${k}"`));
    if (named.length >= 3) found.push(`${text.slice(0, m.index).split('\n').length}: ${m[0].slice(0, 80)}`);
  }
  return found;
}

describe('a policy parameter is declared once (engine/parameters)', () => {
  it('no source file outside engine/parameters declares a parameter again', () => {
    const files = SOURCES.flatMap(sourceFiles).filter((f) => !f.startsWith(join('engine', 'parameters')));
    expect(files.length).toBeGreaterThan(100);
    const found = files.flatMap((f) => secondDeclarations(readFileSync(join(ROOT, f), 'utf8')).map((d) => `${f}:${d}`));
    expect(found).toEqual([]);
  });

  it('the docs list the parameters only in the generated table of docs/rules.md', () => {
    const row = new RegExp(`^\\|\\s*\`(policy\\.)?(${ANY_KEY})\``);
    const found = readdirSync(join(ROOT, 'docs'))
      .filter((f) => f.endsWith('.md'))
      .flatMap((f) => {
        let text = readFileSync(join(ROOT, 'docs', f), 'utf8');
        const from = text.indexOf(PARAMETER_TABLE_MARKERS.start);
        if (from >= 0) text = text.slice(0, from) + text.slice(text.indexOf(PARAMETER_TABLE_MARKERS.end));
        return text.split('\n').flatMap((line, i) => (row.test(line) ? [`docs/${f}:${i + 1}: ${line.slice(0, 80)}`] : []));
      });
    expect(found).toEqual([]);
  });

  it('sees a second declaration in each shape (the check is not blind)', () => {
    expect(secondDeclarations('interface P {\n  readonly responseWindowDays: number;\n}')).toHaveLength(1);
    expect(secondDeclarations("const s = {\n  piiCheck: z.enum(['off']),\n};")).toHaveLength(1);
    expect(secondDeclarations('const R = {\n  maxReRequests: [0, 1000],\n};')).toHaveLength(1);
    expect(secondDeclarations('const D = {\n  timezone: "UTC",\n  requireMessage: true,\n  piiCheck: "warn",\n};')).toHaveLength(3);
    expect(secondDeclarations("const K = ['responseWindowDays', 'rejectionCooldownDays', 'delayThresholdDays'];")).toHaveLength(1);
    expect(secondDeclarations('const w = policy.responseWindowDays;\nconst p = { ...base, responseWindowDays: 6 };')).toEqual([]);
  });
});
