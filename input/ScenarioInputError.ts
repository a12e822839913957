/**
 * A file that is not a valid scenario (or policy). The message is the one line the user
 * sees: `file:line:column: what is wrong (how to fix it)`; no stack trace is ever shown.
 */
export class ScenarioInputError extends Error {
  override readonly name = 'ScenarioInputError';
  readonly file: string;
  readonly line: number;
  readonly column: number;
  /** The 1-based step the error is in, or 0 when it is outside `steps:`. */
  readonly step: number;
  /** The message without its position: what is wrong (how to fix it). */
  readonly what: string;

  constructor(file: string, line: number, column: number, what: string, step = 0) {
    super(`${file}:${line}:${column}: ${what}`);
    this.file = file;
    this.line = line;
    this.column = column;
    this.step = step;
    this.what = what;
  }
}
