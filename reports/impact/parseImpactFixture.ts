import { LineCounter, type Node, isMap, isScalar, parseDocument } from 'yaml';
import { checkPolicy } from '../../engine/index.js';
import { FINAL_OUTCOMES, type FinalOutcome } from '../../engine/finalOutcomes.js';
import { type ChangeRange, parseChangeRange } from './ChangeRange.js';
import type { ExpectedImpact, FixturePolicy, ImpactFixture } from './ImpactFixture.js';
import { ImpactFixtureError } from './ImpactFixtureError.js';

const TOP_KEYS = ['name', 'description', 'population', 'baseline', 'variant', 'replications', 'seed', 'claims', 'expect'] as const;
const IMPACT_KEYS = ['change', 'relative'] as const;

/**
 * Reads an impact fixture from its text. Strict: an unknown key, an unknown outcome, a range
 * that is not "+a%..+b%" or a policy value out of range is an ImpactFixtureError pointing at
 * the line and column.
 */
export function parseImpactFixture(text: string, file: string): ImpactFixture {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, schema: 'core', uniqueKeys: true });
  const fail = (node: Node | null | undefined, what: string): never => {
    const p = lines.linePos(node?.range?.[0] ?? 0);
    throw new ImpactFixtureError(file, p.line, p.col, what);
  };
  if (doc.errors.length > 0) {
    const e = doc.errors[0]!;
    const p = lines.linePos(e.pos[0]);
    throw new ImpactFixtureError(file, p.line, p.col, `not valid YAML: ${e.message.split('\n')[0]} (fix the syntax)`);
  }
  const root = doc.contents;
  if (!isMap(root)) return fail(root, 'an impact fixture is a map with `variant:` and `expect:` (see docs/reports.md)');
  const entries = new Map<string, { key: Node; value: Node | null }>();
  for (const pair of root.items) {
    const key = pair.key as Node;
    const name = isScalar(key) ? String(key.value) : '';
    if (!(TOP_KEYS as readonly string[]).includes(name)) fail(key, `unknown key "${name}" (known keys: ${TOP_KEYS.join(', ')})`);
    entries.set(name, { key, value: (pair.value as Node | null) ?? null });
  }
  const str = (k: string) => {
    const e = entries.get(k);
    if (!e) return undefined;
    if (!isScalar(e.value) || typeof e.value.value !== 'string' || e.value.value === '') fail(e.value ?? e.key, `${k} must be a file path`);
    return (e.value as { value: string }).value;
  };
  const int = (k: string, min: number) => {
    const e = entries.get(k);
    if (!e) return undefined;
    const v = isScalar(e.value) ? e.value.value : undefined;
    if (typeof v !== 'number' || !Number.isInteger(v) || v < min) fail(e.value ?? e.key, `${k} must be a whole number ≥ ${min}`);
    return v as number;
  };
  const policy = (k: 'baseline' | 'variant'): FixturePolicy | undefined => {
    const e = entries.get(k);
    if (!e) return undefined;
    if (isScalar(e.value) && typeof e.value.value === 'string') return { file: e.value.value };
    if (!isMap(e.value)) return fail(e.value ?? e.key, `${k} must be a map of policy parameters or a policy file path`);
    const overrides = e.value.toJSON() as unknown;
    const r = checkPolicy(overrides);
    if (!r.ok) {
      const problem = r.problems[0]!;
      fail(childNode(e.value, problem.key) ?? e.value, problem.message);
    }
    return { overrides };
  };
  const expectEntry = entries.get('expect');
  if (!expectEntry) return fail(root, 'missing `expect:` (list the outcomes and their expected change, e.g. withdrawnByTimeout: { change: "+2%..+6%" })');
  return {
    file,
    population: str('population'),
    baseline: policy('baseline'),
    variant: policy('variant'),
    replications: int('replications', 1),
    seed: int('seed', 0),
    claims: int('claims', 1),
    expect: parseExpect(expectEntry.value, expectEntry.key, fail),
  };
}

function parseExpect(node: Node | null, key: Node, fail: (n: Node | null | undefined, what: string) => never): ExpectedImpact[] {
  if (!isMap(node) || node.items.length === 0) return fail(node ?? key, '`expect:` must map outcomes to ranges, e.g. withdrawnByTimeout: { change: "+2%..+6%" }');
  return node.items.map((pair) => {
    const k = pair.key as Node;
    const outcome = isScalar(k) ? String(k.value) : '';
    if (!(FINAL_OUTCOMES as readonly string[]).includes(outcome)) {
      fail(k, `unknown outcome "${outcome}" (one of ${FINAL_OUTCOMES.join(', ')})`);
    }
    const v = (pair.value as Node | null) ?? null;
    if (!isMap(v) || v.items.length === 0) return fail(v ?? k, `${outcome} needs change: "+a%..+b%" (points of share) or relative: "+a%..+b%"`);
    const ranges: { change?: ChangeRange; relative?: ChangeRange } = {};
    for (const p of v.items) {
      const name = isScalar(p.key) ? String(p.key.value) : '';
      if (!(IMPACT_KEYS as readonly string[]).includes(name)) fail(p.key as Node, `unknown key "${name}" (change or relative)`);
      const val = p.value as Node | null;
      const range = isScalar(val) && typeof val.value === 'string' ? parseChangeRange(val.value) : null;
      if (!range) fail(val ?? (p.key as Node), `${outcome}.${name} must be a range "low%..high%" with low ≤ high, e.g. "+2%..+6%" (quote it)`);
      ranges[name as 'change' | 'relative'] = range!;
    }
    return { outcome: outcome as FinalOutcome, ...ranges };
  });
}

function childNode(map: Node, key: string): Node | undefined {
  if (!isMap(map)) return undefined;
  const pair = map.items.find((p) => isScalar(p.key) && String(p.key.value) === key);
  return (pair?.key as Node | undefined) ?? undefined;
}

