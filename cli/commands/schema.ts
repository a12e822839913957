import type { Command } from 'commander';
import type { SchemaFlags } from '../actions/schema/schema.js';
import { reportInputError } from './shared/reportInputError.js';
import { helpText } from './helpText.js';

/** `claimsim schema`: the JSON Schemas of the scenario, population and policy files, for editors. */
export function registerSchema(program: Command): void {
  program
    .command('schema')
    .description('write the JSON Schemas of the scenario, population and policy files (for editors: completion and checks as you type)')
    .option('-o, --out <dir>', 'folder for scenario.schema.json, population.schema.json and policy.schema.json', 'schemas')
    .option('--check', 'write nothing; exit 1 when the files in --out differ from the schemas claimsim reads with')
    .addHelpText(
      'after',
      helpText({
        exit: '0 written (or up to date) · 1 --check found a file out of date · 2 bad input.',
        notes: [
          'The schemas say the shape; the loaders stay the judges of what JSON Schema cannot say (cross-references, dates, time zones).',
          'VS Code with the YAML extension (redhat.vscode-yaml) reads the "# yaml-language-server: $schema=…" first line of each library file.',
        ],
        examples: ['claimsim schema', 'claimsim schema --check'],
      }),
    )
    // The work is loaded here, not at startup: --help and the other commands do not pay for it.
    .action(async (flags: SchemaFlags) => {
      const { schema } = await import('../actions/schema/schema.js');
      await reportInputError(async () => schema(flags));
    });
}
