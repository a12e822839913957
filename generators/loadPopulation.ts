import { readFileSync } from 'node:fs';
import { LineCounter, parseDocument } from 'yaml';
import { issueMessage } from './population/issueMessage.js';
import { knownKeysAt } from './population/knownKeysAt.js';
import type { Population } from './population/Population.js';
import { PopulationInputError } from './population/PopulationInputError.js';
import { populationSchema } from './population/populationSchema.js';
import { sourceOffset } from './population/sourceOffset.js';

export { PopulationInputError };

/**
 * Reads a population from YAML text (YAML 1.2 core schema), validated strictly; throws a
 * PopulationInputError whose message is one line `file:line:column: what (how to fix)`.
 */
export function parsePopulation(text: string, file: string): Population {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, schema: 'core', prettyErrors: false, uniqueKeys: true });
  const at = (offset: number, what: string): PopulationInputError => {
    const { line, col } = lines.linePos(offset);
    return new PopulationInputError(file, line, col, what);
  };
  const syntax = doc.errors[0];
  if (syntax) throw at(syntax.pos[0], `${syntax.message.split('\n')[0]} (fix the YAML syntax)`);
  const data: unknown = doc.toJS();
  if (data === null || typeof data !== 'object' || Array.isArray(data)) throw at(0, 'a population file is a YAML map (name:, seed:, horizon:, …)');
  const parsed = populationSchema.safeParse(data, { reportInput: true });
  if (!parsed.success) {
    const messages = parsed.error.issues.map((issue) => issueMessage(issue, (p) => knownKeysAt(populationSchema, p)));
    // A misspelt key also shows as a missing one: report the misspelling.
    const unknown = messages.filter((m) => m.what.startsWith('unknown key'));
    const [first] = (unknown.length ? unknown : messages)
      .map((m) => ({ ...m, offset: sourceOffset(doc, m.path, m.atKey) }))
      .sort((a, b) => a.offset - b.offset);
    throw at(first!.offset, first!.what);
  }
  return { file, ...parsed.data };
}

/** Reads and validates a population file (see parsePopulation). */
export function loadPopulationFile(path: string): Population {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new PopulationInputError(path, 1, 1, code === 'ENOENT' ? 'no such file (check the path to the population file)' : `cannot read the file (${code ?? String(err)})`);
  }
  return parsePopulation(text, path);
}
