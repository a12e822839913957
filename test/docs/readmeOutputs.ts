/** The outputs README.md quotes, each with the command it comes from, and how to compare them with a run's. */

export interface QuotedOutput {
  /** The command as the README gives it (`npx claimsim …` or `npm start`). */
  readonly command: string;
  /** The commands of the shell block above that come before it (a set-up, such as the shards a merge reads). */
  readonly setup: readonly string[];
  /** The quoted lines. */
  readonly lines: readonly string[];
  /** README.md's line of the marker. */
  readonly line: number;
}

const MARKER = /^<!-- output of: (.+) -->$/;

/** The shell commands of a block: one a line, a `for i in 1 2; do CMD; done` loop spelled out. */
function commandsOf(block: readonly string[]): string[] {
  return block.flatMap((line) => {
    const loop = /^for (\w+) in ([^;]+); do (.+); done$/.exec(line.trim());
    if (loop === null) return [line.replace(/\s+#.*$/, '').trim()];
    const [, name, values, body] = loop as unknown as [string, string, string, string];
    return values.trim().split(/\s+/).map((v) => body.replaceAll(`$${name}`, v));
  });
}

/** Every output README.md quotes under an `<!-- output of: COMMAND -->` marker. */
export function quotedOutputs(readme: string): QuotedOutput[] {
  const lines = readme.split('\n');
  const found: QuotedOutput[] = [];
  let shell: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (lines[i] === '```sh') {
      const end = lines.indexOf('```', i + 1);
      shell = commandsOf(lines.slice(i + 1, end));
      i = end;
      continue;
    }
    const marker = MARKER.exec(lines[i] ?? '');
    if (marker === null) continue;
    const command = marker[1] as string;
    if (lines[i + 1] !== '```') throw new Error(`README.md:${i + 1}: the marker is not followed by a quoted output`);
    const end = lines.indexOf('```', i + 2);
    const at = shell.findIndex((c) => c === command || c.endsWith(`&& ${command}`));
    if (at < 0) throw new Error(`README.md:${i + 1}: "${command}" is not in the shell block above the output`);
    found.push({ command, setup: shell.slice(0, at), lines: lines.slice(i + 2, end), line: i + 1 });
    i = end;
  }
  return found;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A quoted line as a pattern: `…` at its end stands for the rest of the line, and a time
 * (`took 15.5 s`) for any time.
 */
function linePattern(quoted: string): RegExp {
  const open = quoted.endsWith(' …');
  const body = (open ? quoted.slice(0, -2) : quoted).split(/took [0-9.]+ s/).map(escape).join('took [0-9.]+ s');
  return new RegExp(`^${body}${open ? '.*' : ''}$`);
}

/**
 * Where the run's lines first part from the quoted ones (null when they agree): quoted lines
 * match run lines one for one, in order, except that a line `…` stands for any number of lines.
 */
export function firstDifference(quoted: readonly string[], actual: readonly string[]): string | null {
  // The furthest quoted line any reading reached, and the run's line it was held against.
  let far = { q: -1, a: 0 };
  const match = (q: number, a: number): boolean => {
    if (q === quoted.length) {
      if (a === actual.length) return true;
      if (q > far.q) far = { q, a };
      return false;
    }
    if (quoted[q] === '…') {
      for (let skip = a; skip <= actual.length; skip++) if (match(q + 1, skip)) return true;
      return false;
    }
    if (a < actual.length && linePattern(quoted[q] as string).test(actual[a] as string)) return match(q + 1, a + 1);
    if (q > far.q || (q === far.q && a > far.a && a < actual.length)) far = { q, a };
    return false;
  };
  if (match(0, 0)) return null;
  return `quoted line ${far.q + 1} ${JSON.stringify(quoted[far.q] ?? '(end)')} does not match the run's line ${far.a + 1} ${JSON.stringify(actual[far.a] ?? '(end)')}`;
}
