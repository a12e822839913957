import type { Command } from 'commander';
import type { ReportFlags } from '../actions/report/report.js';
import { reportInputError } from './shared/reportInputError.js';
import { helpText } from './helpText.js';

/** `claimsim report INPUT… --out DIR`: HTML, Markdown and JSON from the summaries, parts or report models already on disk. */
export function registerReport(program: Command): void {
  program
    .command('report')
    .description('render HTML, Markdown and JSON from what earlier runs wrote: summaries (one run, its shards, or replications), sweep, compare or audit parts, or a report JSON')
    .argument('<inputs...>', 'output folders of claimsim runs, or the files they wrote (summary.json, sweep-part-*.json, compare-part-*.json, audit-part-*.json, report.json, compare.json, sweep.json)')
    .option('-o, --out <dir>', 'where the report goes', 'out/report')
    .addHelpText(
      'after',
      helpText({
        exit: '0 written · 1 the summaries hold an invariant violation, or a claim of the merged audit violates a rule (not allowed by its --allow) · 2 bad input (a file claimsim did not write or one changed since, parts of different runs, a missing or repeated shard, an --out that is, holds or lies in an input).',
        notes: [
          'Shards of one simulate run are merged first (as claimsim merge does); the parts of a sharded sweep or compare give the very files the unsharded run writes; the parts of a sharded audit (audit --shard i/n --out DIR) give audit.json, audit.md, audit.html and audit.junit.xml as the whole audit writes them.',
          'Nothing read is trusted: every file is checked as claimsim merge checks a summary (counts whole, outcomes adding up, one run); pipes, devices and oversize files are refused unread. A summary of an interrupted run makes the report say "partial".',
          'The claim list (claims.xlsx) needs the claims themselves, which summaries do not hold: claimsim all writes it, and report copies it along with that run\'s report.json.',
        ],
        examples: [
          'claimsim report out/shard1 out/shard2 out/shard3 --out out/report',
          'claimsim report out/sweep-parts --out out/sweep',
          'claimsim report out/compare-parts --out out/compare',
          'claimsim report out/simulate --out out/simulate-report',
          'claimsim report out/audit-parts --out out/audit',
        ],
      }),
    )
    // The work is loaded here, not at startup: --help and the other commands do not pay for it.
    .action(async (inputs: string[], flags: ReportFlags) => {
      const { report } = await import('../actions/report/report.js');
      await reportInputError(() => report(inputs, flags));
    });
}
