import { LineCounter, parseDocument, type YAMLError } from 'yaml';
import { ScenarioInputError } from '../ScenarioInputError.js';
import { SourceMap } from './SourceMap.js';
import { LIMITS, tooLarge } from './limits.js';
import { type Plain, toPlain } from './toPlain.js';

/** A parsed file: its plain data and where each value stands in the source. */
export interface ParsedYaml {
  readonly data: Plain;
  readonly map: SourceMap;
}

const WHAT: Partial<Record<string, string>> = {
  MULTIPLE_DOCS: 'more than one YAML document in the file',
};
const WHY: Partial<Record<string, string>> = {
  DUPLICATE_KEY: 'each key may appear once in a map: remove or rename the second one',
  MULTIPLE_DOCS: 'put each scenario in a file of its own',
  TAB_AS_INDENT: 'indent with spaces, not tabs',
  BAD_INDENT: 'check the indentation of this line against the lines above',
  MISSING_CHAR: 'a quote or bracket is not closed',
  BLOCK_AS_IMPLICIT_KEY: 'check the indentation and the colons on this line',
};

/**
 * Parses one YAML document with the 1.2 core schema (no implicit dates, no yes/no
 * booleans), refusing oversized files, syntax errors, duplicate keys and empty documents.
 */
export function parseYaml(text: string, file: string, emptyHint = 'write a map with at least name, start and steps'): ParsedYaml {
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > LIMITS.maxBytes) throw new ScenarioInputError(file, 1, 1, tooLarge(bytes));
  const lines = new LineCounter();
  const doc = parseDocument(text, { schema: 'core', prettyErrors: false, uniqueKeys: true, lineCounter: lines, keepSourceTokens: false });
  const map = new SourceMap(file, lines);
  const first = doc.errors[0];
  if (first) throw syntaxError(first, map);
  if (doc.contents === null) {
    throw new ScenarioInputError(file, 1, 1, `the file has no YAML content (${emptyHint})`);
  }
  return { data: toPlain(doc, map), map };
}

function syntaxError(err: YAMLError, map: SourceMap): ScenarioInputError {
  const what = WHAT[err.code] ?? err.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '').replace(/\.$/, '');
  const why = WHY[err.code] ?? 'fix the YAML syntax here';
  return map.errorAt(err.pos[0], `YAML syntax error: ${what} (${why})`);
}
