import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  ALL_POLICY_KEYS,
  BOUNDARY_PARAMETERS,
  DEFAULT_POLICY,
  FIXED_POLICY_KEYS,
  PARAMETERS,
  POLICY_KEYS,
  POLICY_RANGES,
  type Parameter,
  SWEEPABLE_KEYS,
  checkPolicy,
} from '../../../engine/index.js';
import { policyFileSchema } from '../../../cli/actions/schema/policyFileSchema.js';
import { PARAMETER_TABLE_FILE, parameterTable, withParameterTable } from '../../../cli/actions/schema/parameterTable.js';
import { POLICY_BOUNDARIES } from '../../../generators/explore/index.js';
import { parseSweepParameter } from '../../../reports/index.js';
import { parameterLabel } from '../../../reports/model/parameterText.js';

const ROOT = join(import.meta.dirname, '../../..');
const jsonSchema = JSON.parse(readFileSync(join(ROOT, 'schemas/policy.schema.json'), 'utf8')) as { properties: Record<string, { description?: string }> };
const zodAccepts = (key: string, v: unknown) => policyFileSchema.safeParse({ [key]: v }).success;
// With the longest window, so that the reminder's whole range holds (it must stay below the window).
const checkAccepts = (key: string, v: unknown) => checkPolicy({ responseWindowDays: 3650, [key]: v }).ok;

/** Values each record must take and refuse, from its kind: the ends of a range and one past them, a wrong type. */
function probes(p: Parameter): { good: unknown[]; bad: unknown[] } {
  const wrongType = p.kind === 'boolean' ? 'yes' : p.kind === 'statuses' ? 'return_requested' : 7.5;
  switch (p.kind) {
    case 'whole': {
      const [min, max] = p.range!;
      return { good: [min, max, ...(p.none ? [null] : [])], bad: [min - 1, max + 1, min + 0.5, String(min), ...(p.none ? [] : [null])] };
    }
    case 'choice':
      return { good: [...p.values!], bad: ['nope', wrongType, null] };
    case 'boolean':
      return { good: [true, false], bad: [wrongType, 1, null] };
    case 'statuses':
      return { good: [[], ['return_requested']], bad: [wrongType, ['withdrawn'], ['no_such_status']] };
    case 'zone':
      return { good: ['UTC', 'Europe/London'], bad: [7, null] };
    default:
      throw new Error(`a probe for kind ${p.kind} is missing`);
  }
}

describe('everything about a parameter is derived from its record (engine/parameters)', () => {
  it('each record is in the Policy: DEFAULT_POLICY holds the required ones with their defaults, in order; the optional ones only in ALL_POLICY_KEYS', () => {
    const required = PARAMETERS.filter((p) => !p.optional);
    expect(Object.keys(DEFAULT_POLICY)).toEqual(required.map((p) => p.key));
    expect(POLICY_KEYS).toEqual(required.map((p) => p.key));
    for (const p of required) expect((DEFAULT_POLICY as Record<string, unknown>)[p.key], p.key).toEqual(p.default);
    expect([...ALL_POLICY_KEYS].sort()).toEqual([...PARAMETERS.map((p) => p.key), 'changes'].sort());
  });

  it('each default passes its own check, and checkPolicy and the zod schema agree on the ends of every range and on wrong types', () => {
    for (const p of PARAMETERS) {
      expect(p.check(p.default), p.key).toBeNull();
      const { good, bad } = probes(p);
      for (const v of good) expect([checkAccepts(p.key, v), zodAccepts(p.key, v)], `${p.key} ${JSON.stringify(v)}`).toEqual([true, true]);
      for (const v of bad) expect([checkAccepts(p.key, v), zodAccepts(p.key, v)], `${p.key} ${JSON.stringify(v)}`).toEqual([false, false]);
    }
  });

  it('the ranges, the zod fields and the JSON Schema properties are the records, each described with its rules', () => {
    const whole = PARAMETERS.filter((p) => p.kind === 'whole');
    expect(POLICY_RANGES).toEqual(Object.fromEntries(whole.map((p) => [p.key, p.range])));
    expect(Object.keys(policyFileSchema.shape)).toEqual([...PARAMETERS.map((p) => p.key), 'changes']);
    expect(Object.keys(jsonSchema.properties)).toEqual([...PARAMETERS.map((p) => p.key), 'changes']);
    for (const p of PARAMETERS) {
      expect(jsonSchema.properties[p.key]!.description, p.key).toContain(p.description.replaceAll('`', ''));
      if (p.rules.length) expect(jsonSchema.properties[p.key]!.description, p.key).toMatch(new RegExp(`^${p.rules.join(', ')}: `));
    }
    expect(jsonSchema.properties['responseWindowDays']!.description).toMatch(/^R6, R10, R11: /);
  });

  it('docs/rules.md holds the generated table, one row per record (regenerate with npx tsx cli/build/writeParameterTable.ts)', () => {
    const doc = readFileSync(join(ROOT, PARAMETER_TABLE_FILE), 'utf8');
    expect(withParameterTable(doc)).toBe(doc);
    const rows = parameterTable().split('\n').slice(2);
    expect(rows.map((r) => r.split('`')[1])).toEqual([...PARAMETERS.map((p) => p.key), 'changes']);
    expect(rows[1]).toBe('| `responseWindowDays` | 7 | 1 … 3650 days | R6, R10, R11 | yes | yes | days the buyer has to answer a withdrawal request |');
  });

  it('the sweepable keys, the keys a dated change cannot set, explore\'s boundaries and the report labels follow the records', () => {
    expect(SWEEPABLE_KEYS).toEqual(PARAMETERS.filter((p) => p.sweepable).map((p) => p.key));
    expect(SWEEPABLE_KEYS).toEqual(['responseWindowDays', 'rejectionCooldownDays', 'cancellationCooldownDays', 'delayThresholdDays', 'maxReRequests']);
    for (const p of PARAMETERS.filter((q) => q.sweepable)) expect(p.kind, p.key).toBe('whole');
    expect('error' in parseSweepParameter('piiCheck=1,2') && parseSweepParameter('piiCheck=1,2')).toMatchObject({ error: expect.stringContaining(SWEEPABLE_KEYS.join(', ')) });
    for (const p of PARAMETERS) expect(Object.hasOwn(FIXED_POLICY_KEYS, p.key), p.key).toBe(p.changes !== true);
    expect(Object.keys(FIXED_POLICY_KEYS).sort()).toEqual([...PARAMETERS.filter((p) => p.changes !== true).map((p) => p.key), 'changes'].sort());
    expect(POLICY_BOUNDARIES).toEqual([...BOUNDARY_PARAMETERS.map((b) => b.name), 'midnight', 'policyChange']);
    expect(BOUNDARY_PARAMETERS.map((b) => b.key)).toEqual(['responseWindowDays', 'rejectionCooldownDays', 'cancellationCooldownDays', 'delayThresholdDays']);
    for (const b of BOUNDARY_PARAMETERS) expect(PARAMETERS.find((p) => p.key === b.key)!.unit, b.key).toBe('days');
    for (const p of PARAMETERS) expect(parameterLabel(p.key), p.key).toBe(p.label);
  });

  it('a dated change may set exactly the parameters whose record says so', () => {
    for (const p of PARAMETERS) {
      const r = checkPolicy({ changes: [{ at: '2024-05-01', set: { [p.key]: p.kind === 'whole' ? p.range![0] + 1 : p.default } }] });
      expect(r.ok, p.key).toBe(p.changes === true);
      if (!r.ok) expect(r.problems[0]!.message, p.key).toBe(`changes[0].set.${p.key}: ${p.changes as string}`);
    }
  });
});
