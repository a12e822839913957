import type { Command } from 'commander';
import type { ServeFlags } from '../actions/serve/serve.js';
import { reportInputError } from './shared/reportInputError.js';
import { helpText } from './helpText.js';

/** `claimsim serve`: the engine behind the target protocol, the reference target of `run --target`. */
export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('serve the engine behind the target protocol (docs/target-protocol.md): NDJSON on standard input and output, or HTTP with --http')
    .option('--http <port>', 'serve HTTP on 127.0.0.1:PORT instead (0 to 65535; 0: any free port); the URL to give run --target is printed on standard output')
    .option('--inject-fault <name>', 'serve the engine with one injected fault (the names of simulate --inject-fault)')
    .option('--mutant <name>', 'serve the engine with one rule mutant of the catalogue (docs/mutation.md)')
    .addHelpText(
      'after',
      helpText({
        exit: '0 standard input closed (stdio), or stopped by SIGINT / SIGTERM · 2 bad input (an unknown fault or mutant, a port that is taken or out of range).',
        notes: [
          'One session at a time: each reset starts a fresh engine under its policy, its test clock at the reset\'s start.',
          'Over HTTP every message is a POST to /message with the request as its JSON body; the reply is the JSON body of the response.',
        ],
        examples: [
          "claimsim run scenarios/library --target 'claimsim serve'",
          "claimsim run scenarios/library --target 'claimsim serve --mutant window-one-day-short'",
          'claimsim serve --http 8787   # then: claimsim run scenarios/library --target http://127.0.0.1:8787/message',
        ],
      }),
    )
    // The work is loaded here, not at startup: --help and the other commands do not pay for it.
    .action(async (flags: ServeFlags) => {
      const { serve } = await import('../actions/serve/serve.js');
      await reportInputError(() => serve(flags));
    });
}
