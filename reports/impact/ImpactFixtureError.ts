/** An impact fixture that cannot be used: `file:line:column: what is wrong (how to fix it)`, one line. */
export class ImpactFixtureError extends Error {
  override readonly name = 'ImpactFixtureError';

  constructor(file: string, line: number, column: number, what: string) {
    super(`${file}:${line}:${column}: ${what}`);
  }
}
