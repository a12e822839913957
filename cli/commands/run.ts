import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { type Command, Option } from 'commander';
import type { RunReport } from '../../scenarios/index.js';
import { EXIT } from '../exit.js';
import { helpText } from './helpText.js';

const REPORTERS = ['pretty', 'json', 'junit'] as const;
type Reporter = (typeof REPORTERS)[number];

interface RunFlags {
  readonly reporter: Reporter;
  readonly out?: string;
}

/** `claimsim run PATH…`: runs scenario files and folders; exit 0 all passed, 1 some failed, 2 some file invalid. */
export function registerRun(program: Command): void {
  program
    .command('run')
    .description('run scenario files, and every .yaml/.yml scenario under each folder (recursively, in sorted order)')
    .argument('<paths...>', 'scenario files and folders')
    .addOption(new Option('-r, --reporter <name>', 'report format: pretty (one line per scenario), json (docs/scenarios.md shape) or junit (JUnit XML)').choices(REPORTERS).default('pretty'))
    .option('-o, --out <file>', 'write the report to FILE instead of standard output (folders are created)')
    .addHelpText(
      'after',
      helpText({
        exit: '0 all scenarios passed · 1 some scenario failed · 2 some file is not a valid scenario.',
        notes: [
          'An invalid file is reported as file:line:column: what is wrong (how to fix it); the other files still run.',
          'Colour: the pretty reporter colours its output on a terminal unless NO_COLOR is set.',
        ],
        examples: [
          'claimsim run scenarios/library',
          'claimsim run scenarios/library --reporter junit --out test-results/scenarios.xml',
          'claimsim run my-scenario.yaml --reporter json',
        ],
      }),
    )
    .action(async (paths: string[], flags: RunFlags) => {
      if (flags.out && statSync(flags.out, { throwIfNoEntry: false })?.isDirectory()) {
        process.stderr.write(`${flags.out}: is a folder (give --out a file name, such as ${join(flags.out, 'scenarios.xml')})\n`);
        process.exitCode = EXIT.input;
        return;
      }
      // Loaded here, not at startup: --help and the other commands do not pay for them.
      const [{ runScenarioPaths }, reporters] = await Promise.all([import('../../scenarios/index.js'), import('../../reports/run/index.js')]);
      const report = runScenarioPaths(paths);
      const text = render(report, flags, reporters);
      if (flags.out) {
        mkdirSync(dirname(flags.out), { recursive: true });
        writeFileSync(flags.out, text);
      } else {
        process.stdout.write(text);
      }
      process.exitCode = report.errors > 0 ? EXIT.input : report.failed > 0 ? EXIT.failed : EXIT.ok;
    });
}

function render(report: RunReport, flags: RunFlags, reporters: typeof import('../../reports/run/index.js')): string {
  switch (flags.reporter) {
    case 'pretty':
      return reporters.renderPretty(report, { color: !flags.out && process.stdout.isTTY === true && !process.env['NO_COLOR'] });
    case 'json':
      return reporters.renderJson(report);
    case 'junit':
      return reporters.renderJunit(report);
    default: {
      const unreachable: never = flags.reporter;
      throw new Error(`unknown reporter ${String(unreachable)}`);
    }
  }
}
