import type { Command } from 'commander';
import type { RunFlags } from '../actions/run/run.js';
import { reportInputError } from './shared/reportInputError.js';
import { shardOptions } from './shared/shardOptions.js';
import { helpText } from './helpText.js';

const collect = (v: string, all: string[]): string[] => [...all, v];

/** `claimsim run PATH…`: runs scenario files and folders; exit 0 all passed, 1 some failed, 2 some file invalid. */
export function registerRun(program: Command): void {
  const command = program
    .command('run')
    .description('run scenario files, and every .yaml/.yml scenario under each folder (recursively, in sorted order)')
    .argument('<paths...>', 'scenario files and folders (with --merge: the JSON reports of the shards)')
    .option(
      '-r, --reporter <name>',
      'report format: pretty (one line per scenario), json (docs/scenarios.md shape) or junit (JUnit XML); NAME:FILE writes that report to FILE; repeat for several reports (default: pretty)',
      collect,
      [],
    )
    .option('-o, --out <file>', 'write the report given without :FILE to FILE instead of standard output (folders are created)')
    .option(
      '-g, --grep <pattern>',
      'run only the scenarios whose file or name matches PATTERN (a regular expression, case-insensitive, matched in time proportional to the name: nested repeats such as (a+)+, backreferences, lookahead and lookbehind are refused)',
    )
    .option('-t, --tag <tag>', 'run only the scenarios tagged TAG (repeatable: any of them), such as R12 or COOLDOWN_ACTIVE', collect, [])
    .option('--list', 'list the scenarios that would run (file — name [tags]) and run none')
    .option('--junit-time', 'write each scenario\'s time in seconds into the JUnit report (the default leaves timings out: the same run, the same bytes)')
    .option('--target <command|url>', "run each scenario through a target of the protocol (docs/target-protocol.md): a command started with its words split as a shell would (no shell), such as 'claimsim serve', or an http:// URL; its answers are judged, checked for invariants and compared with the rules'")
    .option('--target-timeout <time>', 'the wait for each reply of the target, 10ms to 10m (such as 500ms, 5s, 2m; default 5s); no reply in time is an unknown answer, never a pass')
    .option('--merge', 'PATHS are the JSON reports of every shard (run --shard i/n --reporter json:FILE): report them as the unsharded run')
    .option('--log <dir>', "also write each scenario's events as a claim log (docs/claim-log.md, format v1, the scenario's policy and dated changes in its header): DIR/<file stem>.ndjson, a stem met twice as <stem>-2.ndjson; claimsim audit reads them");
  shardOptions(command, 'the scenario files (after --grep and --tag, file j goes to shard j mod n + 1); merge the JSON reports with --merge');
  command
    .addHelpText(
      'after',
      helpText({
        exit: '0 all scenarios passed · 1 some scenario failed · 2 some file is not a valid scenario, or bad input (an option, no scenario matching the filter).',
        notes: [
          'An invalid file is reported as file:line:column: what is wrong (how to fix it); the other files still run, and no filter hides it.',
          'Colour: the pretty reporter colours its output on a terminal unless NO_COLOR is set.',
          'Each report needs its own file: two reporters (or a reporter and --out) given one file, or a report onto a scenario file it runs, is bad input (2).',
          '--grep never backtracks, so no pattern hangs a run; it refuses a * or + inside a repeated group ((a+)+: write a+), \\1 and \\k<name>, (?= (?! (?<= (?<!, and repeats unrolling past 10000 steps (write a+ for a{20000}).',
        ],
        examples: [
          'claimsim run scenarios/library',
          'claimsim run scenarios/library --reporter junit --out test-results/scenarios.xml',
          'claimsim run scenarios/library --grep cooldown --reporter pretty --reporter junit:test-results/scenarios.xml --junit-time',
          'claimsim run scenarios/library --tag R12 --list',
          'claimsim run scenarios/library --log out/logs && claimsim audit out/logs/R10-reminder-boundary.ndjson',
          'claimsim run scenarios/library --shard 2/4 --reporter json:out/run-2.json',
          'claimsim run --merge out/run-1.json out/run-2.json out/run-3.json out/run-4.json --reporter junit:test-results/scenarios.xml',
        ],
      }),
    )
    // The work is loaded here, not at startup: --help and the other commands do not pay for it.
    .action(async (paths: string[], flags: RunFlags) => {
      const { run } = await import('../actions/run/run.js');
      await reportInputError(() => run(paths, flags));
    });
}
