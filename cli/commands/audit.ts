import type { Command } from 'commander';
import type { AuditFlags } from '../actions/audit.js';
import { reportInputError } from './grid/reportInputError.js';
import { helpText } from './helpText.js';

/** `claimsim audit`: a claim log written by any system, judged claim by claim against the rules. */
export function registerAudit(program: Command): void {
  program
    .command('audit')
    .description("judge a claim service's own log (docs/claim-log.md) against the rules: each claim conforms, violates (the rule, the line, what was expected) or is unknown")
    .argument('<log...>', 'claim log files (NDJSON, plain or gzip; a CSV export with --map; an OCEL 2.0 JSON document, known by its content), read in order as one log')
    .option('--policy <policy>', "the policy in force: a policy YAML file (with changes:) or key=value overrides (default: the log's header, else the default policy)")
    .option('-o, --out <dir>', 'also write into DIR: audit.json (machine-readable), audit.md, audit.html (one page, no script), audit.junit.xml (a testcase per rule and invariant) and reproducers/<claim>-<rule>.yaml (a scenario per violating claim, at most 100, that passes on the real rules)')
    .option('--tolerance <duration>', 'how late a timer record (timeout, lapse, reminder) may come after its instant, e.g. 15m (under a day)', '0')
    .option('--map <file>', 'the mapping (YAML) of CSV exports: which column is which record field, the type names, the time format and zone (docs/claim-log.md, CSV exports); logs named .csv are read through it')
    .option('--strict', 'a line that cannot be read stops the audit (exit 2) instead of being skipped and counted')
    .addHelpText(
      'after',
      helpText({
        exit: '0 every claim conforms (unknown allowed) · 1 some claim violates a rule · 2 bad input (a log that is not a regular file, a broken gzip, a bad option; with --strict, an unreadable line) · 3 internal error.',
        notes: [
          'A claim still open at the log\'s end is judged on what the log covers; one opened before the log starts, or with a timer due within the tolerance of its end, is unknown.',
          'Duplicated records, a claim\'s lines out of order and the log\'s clock going back are findings of their own, reported beside the verdicts.',
          'With --out, claimsim run DIR/reproducers/ replays each violating claim on the real rules: it passes, and its checks show the step where the log and the rules part.',
        ],
        examples: [
          'claimsim audit claims-2024-08.ndjson.gz --policy policy.yaml',
          'claimsim audit part1.ndjson part2.ndjson --tolerance 15m --out out/audit && claimsim run out/audit/reproducers/',
          'claimsim audit examples/logs/export.csv --map examples/logs/export.map.yaml',
          'claimsim simulate -p generators/populations/small.yaml --log out/small.ndjson && claimsim audit out/small.ndjson',
        ],
      }),
    )
    .action(async (logs: string[], flags: AuditFlags) => {
      // Loaded here, not at startup: --help and the other commands do not pay for it.
      const { audit } = await import('../actions/audit.js');
      await reportInputError(() => audit(logs, flags));
    });
}
