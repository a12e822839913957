import { type CST, Composer, type Document, LineCounter, Parser, YAMLParseError, type YAMLError } from 'yaml';
import { ScenarioInputError } from './ScenarioInputError.js';
import { SourceMap } from './SourceMap.js';
import { LIMITS, tooDeep, tooLarge } from './limits.js';
import { nestingDepth } from './nestingDepth.js';
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
 * booleans), refusing oversized files, maps and lists nested past LIMITS.maxDepth, syntax
 * errors, duplicate keys and empty documents.
 */
export function parseYaml(text: string, file: string, emptyHint = 'write a map with at least name, start and steps'): ParsedYaml {
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > LIMITS.maxBytes) throw new ScenarioInputError(file, 1, 1, tooLarge(bytes));
  const lines = new LineCounter();
  const map = new SourceMap(file, lines);
  const doc = composeFirst(text, lines, map);
  const first = doc.errors[0];
  if (first) throw syntaxError(first, map);
  if (doc.contents === null) {
    throw new ScenarioInputError(file, 1, 1, `the file has no YAML content (${emptyHint})`);
  }
  return { data: toPlain(doc, map), map };
}

/**
 * YAML's parseDocument, with each document's nesting measured before it is composed: the
 * composer recurses once per level, so a file of ten thousand `[` would overflow the stack.
 */
function composeFirst(text: string, lines: LineCounter, map: SourceMap): Document.Parsed {
  function* measured(tokens: Generator<CST.Token>): Generator<CST.Token> {
    for (const token of tokens) {
      const { tooDeepAt } = nestingDepth(token, LIMITS.maxDepth);
      if (tooDeepAt !== null) throw map.errorAt(tooDeepAt, tooDeep());
      yield token;
    }
  }
  const composer = new Composer({ schema: 'core', prettyErrors: false, uniqueKeys: true, keepSourceTokens: false });
  let doc: Document.Parsed | null = null;
  for (const next of composer.compose(measured(new Parser(lines.addNewLine).parse(text)), true, text.length)) {
    if (!doc) doc = next;
    else {
      doc.errors.push(new YAMLParseError([next.range[0], next.range[1]], 'MULTIPLE_DOCS', 'Source contains multiple documents'));
      break;
    }
  }
  // compose(…, true) always ends with a document, empty for an empty text.
  return doc!;
}

function syntaxError(err: YAMLError, map: SourceMap): ScenarioInputError {
  const what = WHAT[err.code] ?? err.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '').replace(/\.$/, '');
  const why = WHY[err.code] ?? 'fix the YAML syntax here';
  return map.errorAt(err.pos[0], `YAML syntax error: ${what} (${why})`);
}
