import type { z } from 'zod';
import { readInputFile } from '../../input/readInputFile.js';
import { pathText } from '../../input/pathText.js';
import type { DataPath } from '../../input/SourceMap.js';
import { InputError } from '../exit.js';
import { jsonErrorOffset, jsonOffsetOf, lineColumn } from './jsonPosition.js';
import { type FolderReader, readShardFile } from './readShardFile.js';

/** A JSON input file as read: its name, its text and its value (not yet validated). */
export interface JsonInput {
  readonly file: string;
  readonly text: string;
  readonly value: unknown;
}

/** The largest part or report model a merge or `report` reads (a sweep part holds every claim's outcome: 1.3 bytes a claim a run). */
export const MAX_JSON_INPUT_BYTES = 256 * 1024 * 1024;

/**
 * Reads a JSON file that claimsim wrote, trusting nothing: through readInputFile (a regular file
 * within `maxBytes`: no pipe, device or folder, never blocking), then parsed, a syntax error
 * being one line at its place. `how` says how to fix any problem (`give the files … wrote`).
 * The one place the command line parses JSON it did not make itself.
 */
export function readJsonInput(file: string, how: string, maxBytes: number = MAX_JSON_INPUT_BYTES): JsonInput {
  const r = readInputFile(file, maxBytes);
  if (!r.ok) throw new InputError(`${file}:1:1: ${r.problem}`);
  return { file, text: r.text, value: parseJsonText(file, r.text, how) };
}

/**
 * readJsonInput for a file found inside an input folder: no link on its way, and it must
 * resolve inside the folder, so that a folder cannot lead the command to read from elsewhere.
 */
export function readJsonInFolder(folder: string, name: string, how: string, reader: FolderReader, maxBytes: number = MAX_JSON_INPUT_BYTES): JsonInput {
  const { path, text } = readShardFile(folder, name, maxBytes, ` (${how})`, reader);
  return { file: path, text, value: parseJsonText(path, text, how) };
}

/** JSON text parsed; a syntax error is one line naming the file and the place. */
export function parseJsonText(file: string, text: string, how: string): unknown {
  return parseJsonAt(file, text, how, 1);
}

/**
 * One line of an NDJSON file parsed (`line` is its 1-based number in the file); a syntax error
 * is one line at `file:line:column`.
 */
export function parseJsonLine(file: string, text: string, line: number, how: string): unknown {
  return parseJsonAt(file, text, how, line);
}

/**
 * The command line's one JSON.parse of text it did not make in this process: `text` starts at
 * line `firstLine` of `file`, and a syntax error is one input error line at its place.
 */
function parseJsonAt(file: string, text: string, how: string, firstLine: number): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (err) {
    const message = (err as Error).message.replace(/\s+/g, ' ');
    const at = /end of JSON input/.test(message) ? text.length : jsonErrorOffset(message);
    const { line, column } = lineColumn(text, at);
    throw new InputError(`${file}:${firstLine + line - 1}:${column}: not JSON (${message}); ${how}`);
  }
}

/** `file:line:column: what` at an offset of a JSON input's text. */
export function jsonInputError(input: Pick<JsonInput, 'file' | 'text'>, offset: number, what: string): InputError {
  const { line, column } = lineColumn(input.text, offset);
  return new InputError(`${input.file}:${line}:${column}: ${what}`);
}

/** `file:line:column: path: what (how)` at the value at `path` (as near as the text shows it). */
export function jsonPathError(input: Pick<JsonInput, 'file' | 'text'>, path: readonly PropertyKey[], what: string, how: string, root = 'the file'): InputError {
  const where = path.length ? pathText(path as DataPath) : root;
  return jsonInputError(input, jsonOffsetOf(input.text, path), `${where}: ${what} (${how})`);
}

/** The input's value checked by `schema`: its first problem is one line at its place. */
export function validateJson<S extends z.ZodType>(input: JsonInput, schema: S, how: string): z.output<S> {
  const parsed = schema.safeParse(input.value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  throw jsonPathError(input, issue.path, issue.message, how);
}
