import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { targetJsonSchemas } from './targetJsonSchemas.js';

/** Writes schemas/target/*.schema.json (run: npx tsx target/protocol/writeTargetSchemas.ts). */
const folder = join('schemas', 'target');
mkdirSync(folder, { recursive: true });
for (const [file, text] of Object.entries(targetJsonSchemas())) writeFileSync(join(folder, file), text);
process.stdout.write(`${Object.keys(targetJsonSchemas()).length} schemas written to ${folder}\n`);
