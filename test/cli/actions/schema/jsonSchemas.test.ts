import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { SCHEMA_FILES, type SchemaName, jsonSchemas } from '../../../../cli/actions/schema/jsonSchemas.js';
import { policyFileSchema } from '../../../../cli/actions/schema/policyFileSchema.js';
import { DEFAULT_POLICY, checkPolicy } from '../../../../engine/index.js';
import { yamlFilesUnder } from '../../../scenarios/libraryFiles.js';

const ROOT = join(import.meta.dirname, '../../../..');
const generated = jsonSchemas();
const validator = (name: SchemaName) => new Ajv2020({ strict: false, allErrors: true }).compile(JSON.parse(generated[name]) as object);
/** A file as the loaders read it: YAML 1.2 core schema, so dates stay text. */
const data = (file: string): unknown => parse(readFileSync(join(ROOT, file), 'utf8'), { schema: 'core' });

describe('the JSON Schemas for editors', () => {
  it('are the checked-in files under schemas/, byte for byte (regenerate with claimsim schema)', () => {
    for (const name of Object.keys(SCHEMA_FILES) as SchemaName[]) {
      expect(readFileSync(join(ROOT, 'schemas', SCHEMA_FILES[name]), 'utf8'), name).toBe(generated[name]);
    }
  });

  it('validate every scenario of the library, and each names its schema on its first line', () => {
    const valid = validator('scenario');
    const files = yamlFilesUnder('scenarios/library');
    expect(files.length).toBeGreaterThan(60);
    for (const file of files) {
      expect(valid(data(file)), `${file}: ${JSON.stringify(valid.errors)}`).toBe(true);
      expect(readFileSync(join(ROOT, file), 'utf8').split('\n')[0], file).toBe('# yaml-language-server: $schema=../../../schemas/scenario.schema.json');
    }
  });

  it('validate every shipped population, and each names its schema on its first line', () => {
    const valid = validator('population');
    const files = readdirSync(join(ROOT, 'generators/populations')).filter((f) => f.endsWith('.yaml')).map((f) => `generators/populations/${f}`);
    expect(files.length).toBeGreaterThanOrEqual(3);
    for (const file of files) {
      expect(valid(data(file)), `${file}: ${JSON.stringify(valid.errors)}`).toBe(true);
      expect(readFileSync(join(ROOT, file), 'utf8').split('\n')[0], file).toBe('# yaml-language-server: $schema=../../schemas/population.schema.json');
    }
  });

  it('validate the shipped policy files and the default policy, and refuse what checkPolicy refuses', () => {
    const valid = validator('policy');
    for (const file of yamlFilesUnder('scenarios/policies').filter((f) => !f.includes('/broken/'))) expect(valid(data(file)), file).toBe(true);
    expect(valid({ ...DEFAULT_POLICY })).toBe(true);
    const refused = [
      { responseWindowDays: 0 },
      { rejectionCooldownDays: -1 },
      { maxReRequests: 1.5 },
      { eligibleStatuses: ['withdrawn'] },
      { piiCheck: 'loud' },
      { responseWindowDay: 7 },
      { autoWithdrawOnTimeout: 'yes' },
      data('scenarios/policies/broken/window-zero.yaml'),
    ];
    for (const policy of refused) {
      expect(checkPolicy(policy).ok, JSON.stringify(policy)).toBe(false);
      expect(valid(policy), JSON.stringify(policy)).toBe(false);
      expect(policyFileSchema.safeParse(policy).success, JSON.stringify(policy)).toBe(false);
    }
  });

  it('are not blind: a scenario without a name, or with an unknown key, is refused', () => {
    const valid = validator('scenario');
    const scenario = data('scenarios/library/answer/R10-timeout-boundary.yaml') as Record<string, unknown>;
    const { name: _name, ...nameless } = scenario;
    expect(valid(nameless)).toBe(false);
    expect(valid({ ...scenario, stepz: [] })).toBe(false);
  });
});
