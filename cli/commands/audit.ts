import type { Command } from 'commander';
import type { AuditFlags } from '../actions/audit/audit.js';
import { reportInputError } from './shared/reportInputError.js';
import { helpText } from './helpText.js';
import { shardOptions } from './shared/shardOptions.js';

/** `claimsim audit`: a claim log written by any system, judged claim by claim against the rules. */
export function registerAudit(program: Command): void {
  const command = program
    .command('audit')
    .description("judge a claim service's own log (docs/claim-log.md) against the rules: each claim conforms, violates (the rule, the line, what was expected) or is unknown")
    .argument('<log...>', 'claim log files (NDJSON, plain or gzip; a CSV export with --map; an OCEL 2.0 JSON document, known by its content), read in order as one log')
    .option('--policy <policy>', "the policy in force: a policy YAML file (with changes:) or key=value overrides (default: the log's header, else the default policy)")
    .option('-o, --out <dir>', 'also write into DIR: audit.json (machine-readable), audit.md, audit.html (one page, no script), audit.junit.xml (a testcase per rule and invariant) and reproducers/<claim>-<rule>.yaml (a scenario per violating claim, at most 100, that passes on the real rules)')
    .option('--tolerance <duration>', 'how late a timer record (timeout, lapse, reminder) may come after its instant, e.g. 15m (under a day)', '0')
    .option('--map <file>', 'the mapping (YAML) of CSV exports: which column is which record field, the type names, the time format and zone (docs/claim-log.md, CSV exports); logs named .csv are read through it')
    .option('--strict', 'a line that cannot be read stops the audit (exit 2) instead of being skipped and counted')
    .option('--allow <file>', 'accepted deviations (YAML list of rule:, claims: a glob over the claim id such as C-2024-*, reason:, expires: YYYY-MM-DD; at most 10,000 entries): a violating claim every violation of which an entry in force matches is reported as allowed, apart, and does not make the exit status 1; an expired entry is a warning and allows nothing')
    .option('--today <date>', "the day --allow's entries are judged expired or not, YYYY-MM-DD (an entry is in force through its expires: day); default: today in the policy's zone");
  shardOptions(command, "the log's claims (a claim goes to shard FNV-1a(id) mod n + 1, all its records with it); writes DIR/audit-part-i-of-n.json into --out, merged by claimsim report DIR… --out REPORT");
  command
    .addHelpText(
      'after',
      helpText({
        exit: '0 every claim conforms (unknown allowed) · 1 some claim violates a rule · 2 bad input (a log that is not a regular file, a broken gzip, a bad option; with --strict, an unreadable line) · 3 internal error · 130/143 interrupted (SIGINT/SIGTERM): the claims judged on the lines read so far, every report written and marked partial.',
        notes: [
          'A claim still open at the log\'s end is judged on what the log covers; one opened before the log starts, or with a timer due within the tolerance of its end, is unknown.',
          'Duplicated records, a claim\'s lines out of order and the log\'s clock going back are findings of their own, reported beside the verdicts.',
          'With --out, claimsim run DIR/reproducers/ replays each violating claim on the real rules: it passes, and its checks show the step where the log and the rules part.',
          '--shard i/n (1 ≤ i ≤ n ≤ 10,000,000) or auto needs --out: each shard reads every line but judges its own claims, and exits 0 once its part is written; claimsim report over every part writes audit.json, audit.md, audit.html and audit.junit.xml as the whole audit would, with its exit status (reproducers need the log: audit it whole with --out). Parts of other logs, policies, tolerances or allow lists, a missing shard or one given twice are refused.',
          '--allow FILE: each entry names one rule or invariant the audit judges (R1–R7, R9–R16, R10a, R10-reminder, R15a, R20, R21, transitions, I1–I7, I11; others are refused); an entry unused by any violation is listed as a hint that it may go.',
        ],
        examples: [
          'claimsim audit claims-2024-08.ndjson.gz --policy policy.yaml',
          'claimsim audit part1.ndjson part2.ndjson --tolerance 15m --out out/audit && claimsim run out/audit/reproducers/',
          'claimsim audit examples/logs/export.csv --map examples/logs/export.map.yaml',
          'claimsim simulate -p generators/populations/small.yaml --log out/small.ndjson && claimsim audit out/small.ndjson',
          'claimsim audit examples/logs/missing-auto-withdrawal.ndjson --allow allow.yaml --today 2024-09-01',
          'for i in 1 2 3; do claimsim audit big.ndjson.gz --shard $i/3 --out out/parts; done && claimsim report out/parts --out out/audit',
          'JOB_COMPLETION_INDEX=0 claimsim audit big.ndjson.gz --shard auto --shard-count 4 --out /shards/shard-0',
        ],
      }),
    )
    .action(async (logs: string[], flags: AuditFlags) => {
      // Loaded here, not at startup: --help and the other commands do not pay for it.
      const { audit } = await import('../actions/audit/audit.js');
      await reportInputError(() => audit(logs, flags));
    });
}
