import type { Command } from 'commander';
import { closest } from '../scenarios/schema/closest.js';

/**
 * The one-line error for the first unknown `--option` given to a command, with the nearest
 * known option (`--populaton` → `--population`), or null when every option is known. Checked
 * before commander parses: commander reports a missing required option first, so a misspelt
 * required option would read "required option missing" instead of naming the typo.
 */
export function unknownOption(program: Command, args: readonly string[]): string | null {
  const command = program.commands.find((c) => c.name() === args[0] || c.aliases().includes(args[0] ?? ''));
  if (!command) return null;
  const known = [...command.options.flatMap((o) => (o.long ? [o.long] : [])), '--help'];
  for (const arg of args.slice(1)) {
    if (arg === '--') break;
    if (!arg.startsWith('--')) continue;
    const flag = arg.split('=')[0]!;
    if (known.includes(flag)) continue;
    const near = closest(flag, known);
    return `error: unknown option '${flag}' for claimsim ${command.name()}${near ? ` (did you mean ${near}?)` : ''} (see claimsim ${command.name()} --help)`;
  }
  return null;
}
