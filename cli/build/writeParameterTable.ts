// Rewrites the policy parameter table of docs/rules.md from the records of engine/parameters
// (between its marker lines); with --check, writes nothing and exits 1 when the docs differ.
//   npx tsx cli/build/writeParameterTable.ts [--check]
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PARAMETER_TABLE_FILE, PARAMETER_TABLE_MARKERS, withParameterTable } from '../actions/schema/parameterTable.js';

const file = join(fileURLToPath(new URL('../..', import.meta.url)), PARAMETER_TABLE_FILE);
const doc = readFileSync(file, 'utf8');
const next = withParameterTable(doc);
if (next === null) {
  process.stderr.write(`${PARAMETER_TABLE_FILE}:1:1: no parameter table markers (put ${PARAMETER_TABLE_MARKERS.start} and ${PARAMETER_TABLE_MARKERS.end} where the table goes)\n`);
  process.exit(2);
}
if (process.argv.includes('--check')) {
  if (next !== doc) process.stderr.write(`${PARAMETER_TABLE_FILE}: the parameter table is out of date (regenerate with: npx tsx cli/build/writeParameterTable.ts)\n`);
  process.exit(next === doc ? 0 : 1);
}
if (next !== doc) writeFileSync(file, next);
process.stdout.write(`${PARAMETER_TABLE_FILE}\n`);
