import fc from 'fast-check';
import { parse, stringify } from 'yaml';

/** What a hostile input is made from: a base file changed by one of the classes of issue 13. */
export type Mutation =
  | { readonly kind: 'garbage'; readonly bytes: Uint8Array }
  | { readonly kind: 'truncate'; readonly at: number }
  | { readonly kind: 'swap'; readonly pick: number; readonly value: unknown }
  | { readonly kind: 'drop'; readonly pick: number }
  | { readonly kind: 'number'; readonly pick: number; readonly literal: string }
  | { readonly kind: 'trick'; readonly line: number; readonly snippet: string }
  | { readonly kind: 'encoding'; readonly encoding: 'utf16le-bom' | 'utf16le' | 'latin1-bytes' };

/** Numbers at their extremes, written as a file would write them. */
const EXTREME_NUMBERS = [
  '1e308', '-1e308', '1e9', '1e12', '1e15', '-1', '-0', '0', '0.5', '7.0', '1e1', '9007199254740993', '9007199254740991',
  '4294967296', '.inf', '-.inf', '.nan', '1e400', '0x7fffffff', '0o777', '1_000', '2e-300', '36501', '3651',
];

/** YAML tricks: anchors and aliases, tags, merge keys, documents, odd keys. */
const YAML_TRICKS = [
  'x: &a [1, 2]\ny: *a',
  '<<: { name: merged }',
  'a: !!binary aGVsbG8=',
  'a: !!set { x, y }',
  'a: !custom 1',
  'a: !!timestamp 2021-01-01',
  'a: !!js/function "f(){}"',
  '---\nname: second',
  '__proto__: { polluted: true }',
  'constructor: 1',
  '? [complex, key]\n: value',
  'a: *undefined_alias',
  '"\\u0000": nul',
  'a: [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]]]]]]]]]]]',
  'a: "unterminated',
  '\t- tab',
  'name: x\nname: y',
  '%YAML 1.1\n---',
  'a: 2021-02-30',
  'a: 25:99',
];

const anyValue = fc.oneof(
  fc.constantFrom(null, true, false, '', ' ', 'x', '7', '1e9', [], {}, [1], { a: 1 }, -1, 0, 0.5, 1e308, Number.MAX_SAFE_INTEGER),
  fc.string({ maxLength: 12 }),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.integer(),
);

/** One mutation, any class. */
export const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('garbage' as const), bytes: fc.uint8Array({ maxLength: 300 }) }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('swap' as const), pick: fc.nat(), value: anyValue }),
  fc.record({ kind: fc.constant('drop' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('number' as const), pick: fc.nat(), literal: fc.constantFrom(...EXTREME_NUMBERS) }),
  fc.record({ kind: fc.constant('trick' as const), line: fc.nat(), snippet: fc.constantFrom(...YAML_TRICKS) }),
  fc.record({ kind: fc.constant('encoding' as const), encoding: fc.constantFrom('utf16le-bom' as const, 'utf16le' as const, 'latin1-bytes' as const) }),
);

type Path = readonly (string | number)[];

/** Every path to a value in plain data (the root excluded). */
function pathsOf(v: unknown, at: Path = []): Path[] {
  if (Array.isArray(v)) return v.flatMap((x, i) => [[...at, i], ...pathsOf(x, [...at, i])]);
  if (v !== null && typeof v === 'object') return Object.entries(v).flatMap(([k, x]) => [[...at, k], ...pathsOf(x, [...at, k])]);
  return [];
}

/** `data` with the value at `path` replaced, or removed when `value` is the `drop` marker. */
function changed(data: unknown, path: Path, value: unknown, drop: boolean): unknown {
  if (path.length === 0) return value;
  const [head, ...rest] = path;
  if (Array.isArray(data)) {
    const copy = [...data];
    if (drop && rest.length === 0) copy.splice(head as number, 1);
    else copy[head as number] = changed(data[head as number], rest, value, drop);
    return copy;
  }
  const copy = { ...(data as Record<string, unknown>) };
  if (drop && rest.length === 0) delete copy[head as string];
  else copy[head as string] = changed(copy[head as string], rest, value, drop);
  return copy;
}

const NUMBER_MARK = '__HOSTILE_NUMBER__';

/**
 * The base file's text changed by `m`, as bytes. `json` files (summaries) are written back as
 * two-space JSON, YAML files through the yaml library; a number literal is put in verbatim.
 */
export function mutate(base: string, m: Mutation, json: boolean): Uint8Array {
  const write = (data: unknown): string => (json ? `${JSON.stringify(data, null, 2)}\n` : stringify(data));
  switch (m.kind) {
    case 'garbage':
      return m.bytes;
    case 'truncate':
      return Buffer.from(base.slice(0, m.at % (base.length + 1)));
    case 'swap':
    case 'drop':
    case 'number': {
      const data: unknown = json ? JSON.parse(base) : parse(base, { schema: 'core' });
      const paths = pathsOf(data);
      if (paths.length === 0) return Buffer.from(base);
      const path = paths[m.pick % paths.length]!;
      const value = m.kind === 'swap' ? m.value : NUMBER_MARK;
      const text = write(changed(data, path, value, m.kind === 'drop'));
      return Buffer.from(m.kind === 'number' ? text.replace(json ? `"${NUMBER_MARK}"` : NUMBER_MARK, m.literal) : text);
    }
    case 'trick': {
      const lines = base.split('\n');
      lines.splice(m.line % (lines.length + 1), 0, ...m.snippet.split('\n'));
      return Buffer.from(lines.join('\n'));
    }
    case 'encoding':
      if (m.encoding === 'utf16le-bom') return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(base, 'utf16le')]);
      if (m.encoding === 'utf16le') return Buffer.from(base, 'utf16le');
      return Buffer.from(`${base}# caf\u00e9\n`, 'latin1');
    default: {
      const unreachable: never = m;
      throw new Error(`unknown mutation ${JSON.stringify(unreachable)}`);
    }
  }
}

/** Option values at their extremes and beyond, for simulate's options. */
export const optionArb: fc.Arbitrary<readonly string[]> = fc.oneof(
  fc.tuple(fc.constantFrom('--claims', '--seed', '--workers', '--shard', '--policy', '--inject-fault'), fc.oneof(fc.constantFrom('0', '-1', '1e12', '9007199254740993', '1.5', 'NaN', '', ' ', '1/0', '0/0', '2/1', '1e400', '[10]', 'responseWindowDays=[10]', 'responseWindowDays=1e300', 'timezone=JST', 'x=1', '64', 'auto', '=', ',,'), fc.string({ maxLength: 10 }))),
);
