/**
 * A population file (or option) that cannot be used. The message is the one line the user
 * sees: `file:line:column: what is wrong (how to fix it)`; no stack trace is shown.
 */
export class PopulationInputError extends Error {
  override readonly name = 'PopulationInputError';
  readonly file: string;
  readonly line: number;
  readonly column: number;

  constructor(file: string, line: number, column: number, what: string) {
    super(`${file}:${line}:${column}: ${what}`);
    this.file = file;
    this.line = line;
    this.column = column;
  }
}
