/** What a command's --help shows after its options: the exit statuses, any notes, and examples. */
export function helpText(help: { readonly exit: string; readonly notes?: readonly string[]; readonly examples: readonly string[] }): string {
  return ['', `Exit status: ${help.exit}`, ...(help.notes ?? []), '', 'Examples:', ...help.examples.map((e) => `  ${e}`)].join('\n');
}
