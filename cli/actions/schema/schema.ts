import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeOutputFolder } from '../../io/writeOutputFolder.js';
import { EXIT } from '../../exit.js';
import { SCHEMA_FILES, type SchemaName, jsonSchemas } from './jsonSchemas.js';

export interface SchemaFlags {
  readonly out: string;
  readonly check?: boolean;
}

/**
 * `claimsim schema` (registered in cli/commands/schema.ts): writes the JSON Schemas of the
 * scenario, population and policy files into `out`; with --check, writes nothing and exits
 * 1 when a file there differs from what the zod schemas give (regenerate with claimsim schema).
 */
export function schema(flags: SchemaFlags): number {
  const schemas = jsonSchemas();
  const names = Object.keys(SCHEMA_FILES) as SchemaName[];
  if (flags.check) {
    const stale = names.filter((n) => {
      try {
        return readFileSync(join(flags.out, SCHEMA_FILES[n]), 'utf8') !== schemas[n];
      } catch {
        return true;
      }
    });
    for (const n of stale) process.stderr.write(`${join(flags.out, SCHEMA_FILES[n])}: out of date with the ${n} schema (regenerate with: claimsim schema --out ${flags.out})\n`);
    return stale.length > 0 ? EXIT.failed : EXIT.ok;
  }
  const paths = writeOutputFolder(flags.out, Object.fromEntries(names.map((n) => [SCHEMA_FILES[n], schemas[n]])));
  process.stdout.write(`${names.map((n) => paths[SCHEMA_FILES[n]]).join('\n')}\n`);
  return EXIT.ok;
}
