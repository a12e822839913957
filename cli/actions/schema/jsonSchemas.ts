import { z } from 'zod';
import { populationSchema } from '../../../generators/population/populationSchema.js';
import { ScenarioSchema } from '../../../scenarios/schema/scenarioSchema.js';
import { policyFileSchema } from './policyFileSchema.js';

/** The file formats editors get a schema for, and the schema file each is written to. */
export const SCHEMA_FILES = {
  scenario: 'scenario.schema.json',
  population: 'population.schema.json',
  policy: 'policy.schema.json',
} as const;
export type SchemaName = keyof typeof SCHEMA_FILES;

const TITLES: Record<SchemaName, string> = {
  scenario: 'claimsim scenario file (docs/scenarios.md)',
  population: 'claimsim population file (generators/populations/README.md)',
  policy: 'claimsim policy file (docs/rules.md parameters)',
};

/**
 * The JSON Schemas of the scenario, population and policy files, generated from the zod
 * schemas the loaders use (the input side: defaults may be left out). Checks zod cannot
 * express in JSON Schema (cross-references, date syntax, known time zones) stay with the
 * loaders, which remain the judges: a file the schema accepts may still be refused, with its
 * file:line:column, by `claimsim run` or `simulate`. Text with a stable key order.
 */
export function jsonSchemas(): Record<SchemaName, string> {
  const schemas = { scenario: ScenarioSchema, population: populationSchema, policy: policyFileSchema };
  return Object.fromEntries(
    (Object.keys(SCHEMA_FILES) as SchemaName[]).map((name) => {
      const whole = z.toJSONSchema(schemas[name], { io: 'input', unrepresentable: 'any' });
      const schema = name === 'population' ? wholeOrVariant(whole) : whole;
      return [name, `${JSON.stringify({ ...schema, title: TITLES[name] }, null, 2)}\n`];
    }),
  ) as Record<SchemaName, string>;
}

/**
 * A population file is whole, or a variant that `extends` another and states only what
 * differs: the loader checks the merged file; the schema lets a variant's parts be partial.
 */
function wholeOrVariant({ $schema, ...whole }: Record<string, unknown>): Record<string, unknown> {
  const variant = { type: 'object', required: ['extends'], properties: { extends: { type: 'string', description: 'the population file this one overrides, relative to it' } } };
  return { $schema, anyOf: [whole, variant] };
}
