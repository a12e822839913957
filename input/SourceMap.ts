import type { LineCounter } from 'yaml';
import { ScenarioInputError } from './ScenarioInputError.js';

/** A path into the parsed document: map keys and list indices, as zod reports them. */
export type DataPath = readonly PropertyKey[];

const keyOf = (path: DataPath): string => path.map(String).join('\u0000');

/**
 * Where each value (and each map key) of a parsed YAML file stands in the source, so that
 * an error found in the plain data can point at the offending node's line and column.
 */
export class SourceMap {
  readonly file: string;
  private readonly lines: LineCounter;
  private readonly values = new Map<string, number>();
  private readonly keys = new Map<string, number>();
  /** Whole numbers written with a decimal point or an exponent (`7.0`), with their source text. */
  readonly fractions: { readonly path: DataPath; readonly source: string }[] = [];

  constructor(file: string, lines: LineCounter) {
    this.file = file;
    this.lines = lines;
  }

  /** Records the source offset of the value at `path`. */
  setValue(path: DataPath, offset: number): void {
    this.values.set(keyOf(path), offset);
  }

  /** Records the source offset of the key that leads to `path`. */
  setKey(path: DataPath, offset: number): void {
    this.keys.set(keyOf(path), offset);
  }

  /** Notes a whole number written as `7.0` or `1e3` at `path` (refused where a whole number is asked). */
  noteFraction(path: DataPath, source: string): void {
    this.fractions.push({ path, source });
  }

  /** The offset of the value at `path`, or of its nearest ancestor that exists. */
  offsetOf(path: DataPath, preferKey = false): number {
    if (preferKey) {
      const k = this.keys.get(keyOf(path));
      if (k !== undefined) return k;
    }
    for (let n = path.length; n >= 0; n--) {
      const v = this.values.get(keyOf(path.slice(0, n)));
      if (v !== undefined) return v;
    }
    return 0;
  }

  /** The 1-based line of the node at `path`. */
  lineOf(path: DataPath): number {
    return this.lines.linePos(this.offsetOf(path)).line;
  }

  /** An input error at the node at `path` (at its key with `preferKey`). */
  error(path: DataPath, what: string, preferKey = false): ScenarioInputError {
    return this.errorAt(this.offsetOf(path, preferKey), what, stepOf(path));
  }

  /** An input error at a source offset. */
  errorAt(offset: number, what: string, step = 0): ScenarioInputError {
    const { line, col } = this.lines.linePos(offset);
    return new ScenarioInputError(this.file, line, col, what, step);
  }
}

/** The 1-based step a path is in (`steps[i]…`), or 0. */
export function stepOf(path: DataPath): number {
  return path[0] === 'steps' && typeof path[1] === 'number' ? path[1] + 1 : 0;
}
