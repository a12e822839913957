/**
 * A user's regular expression (`run --grep`) matched in time proportional to the text's length
 * times the pattern's size, whatever the pattern: no backtracking, so a pattern such as
 * `(a+)+$` or `(.*.*)*x{30}` cannot hang a run. It takes JavaScript's syntax and flags `i`
 * (every character, class and escape is read by JavaScript's own RegExp, one character at a
 * time) and says the same as `new RegExp(pattern, 'i').test(text)`; it refuses what no such
 * matcher can do (backreferences, lookahead and lookbehind), repeats that unroll past
 * MAX_PATTERN_STATES steps, and an unbounded repeat inside a repeated group (`(a+)+`): the
 * shape that hangs backtracking matchers, refused so that the pattern means the same to any.
 */

/** The most steps a pattern's repeats may unroll to (`x{1000}` is 1,000 steps). */
export const MAX_PATTERN_STATES = 10_000;

/** A pattern that can be matched, or why it cannot (one phrase, to follow the pattern in a message). */
export type LinearPattern = { readonly test: (text: string) => boolean } | { readonly refused: string };

type Assertion = '^' | '$' | 'b' | 'B';
type Node =
  | { readonly t: 'char'; readonly pred: (c: string) => boolean }
  | { readonly t: 'assert'; readonly a: Assertion }
  | { readonly t: 'seq'; readonly items: readonly Node[] }
  | { readonly t: 'alt'; readonly options: readonly Node[] }
  | { readonly t: 'rep'; readonly node: Node; readonly min: number; readonly max: number };

type State =
  | { kind: 'char'; pred: (c: string) => boolean; out: number }
  | { kind: 'split'; outs: number[] }
  | { kind: 'assert'; a: Assertion; out: number }
  | { kind: 'match' };

class Refused extends Error {}

/** Compiles `pattern` (already accepted by `new RegExp(pattern, 'i')`) for linear-time matching. */
export function linearPattern(pattern: string): LinearPattern {
  try {
    const tree = new Parser(pattern).parse();
    const states: State[] = [{ kind: 'match' }];
    const start = compile(tree, 0, states);
    return { test: (text) => run(states, start, text) };
  } catch (err) {
    if (err instanceof Refused) return { refused: err.message };
    throw err;
  }
}

const atoms = new Map<string, RegExp>();
/** One character's test, by JavaScript's RegExp for the atom's own text (a class, an escape, a literal). */
function atom(text: string): (c: string) => boolean {
  let re = atoms.get(text);
  if (re === undefined) {
    re = new RegExp(`^(?:${text})$`, 'i');
    atoms.set(text, re);
  }
  const r = re;
  return (c) => r.test(c);
}

class Parser {
  private pos = 0;
  constructor(private readonly src: string) {}

  parse(): Node {
    const node = this.alternation();
    if (this.pos < this.src.length) throw new Refused(`an unexpected ")" at ${this.pos + 1}`);
    return node;
  }

  private alternation(): Node {
    const options = [this.sequence()];
    while (this.src[this.pos] === '|') {
      this.pos++;
      options.push(this.sequence());
    }
    return options.length === 1 ? options[0]! : { t: 'alt', options };
  }

  private sequence(): Node {
    const items: Node[] = [];
    while (this.pos < this.src.length && this.src[this.pos] !== '|' && this.src[this.pos] !== ')') items.push(this.quantified(this.atom()));
    return { t: 'seq', items };
  }

  private quantified(node: Node): Node {
    for (;;) {
      const rest = this.src.slice(this.pos);
      const m = /^(?:([*+?])|\{(\d+)(?:(,)(\d*))?\})/.exec(rest);
      if (m === null) return node;
      this.pos += m[0].length;
      if (this.src[this.pos] === '?') this.pos++; // lazy or greedy: the same answer to "does it match?"
      const min = m[1] === undefined ? Number(m[2]) : m[1] === '+' ? 1 : 0;
      const max = m[1] === '?' ? 1 : m[1] !== undefined ? Infinity : m[3] === undefined ? min : m[4] === '' ? Infinity : Number(m[4]);
      // An unbounded repeat inside a repeated group ((a+)+, (.*.*)*) says nothing one repeat
      // cannot, and is the shape that hangs a backtracking matcher: refused, so the rule is plain.
      if (max > 1 && holdsUnboundedRepeat(node)) throw new Refused('an unbounded repeat (*, +, {n,}) inside a repeated group, such as (a+)+ or (.*.*)*, is not taken (write one repeat, such as a+)');
      node = { t: 'rep', node, min, max };
    }
  }

  private atom(): Node {
    const s = this.src;
    const c = s[this.pos]!;
    if (c === '(') {
      this.pos++;
      if (s.startsWith('?=', this.pos) || s.startsWith('?!', this.pos) || s.startsWith('?<=', this.pos) || s.startsWith('?<!', this.pos)) {
        throw new Refused('lookahead and lookbehind ((?=, (?!, (?<=, (?<!) are not taken');
      }
      if (s.startsWith('?:', this.pos)) this.pos += 2;
      else if (s.startsWith('?<', this.pos)) this.pos = s.indexOf('>', this.pos) + 1;
      const inner = this.alternation();
      if (s[this.pos] !== ')') throw new Refused('a group with no ")"');
      this.pos++;
      return inner;
    }
    if (c === '^' || c === '$') {
      this.pos++;
      return { t: 'assert', a: c };
    }
    if (c === '[') {
      let i = this.pos + 1;
      if (s[i] === '^') i++;
      while (i < s.length && s[i] !== ']') i += s[i] === '\\' ? 2 : 1;
      const text = s.slice(this.pos, i + 1);
      this.pos = i + 1;
      return { t: 'char', pred: atom(text) };
    }
    if (c === '\\') return this.escape();
    this.pos++;
    if (c === '.') return { t: 'char', pred: atom('.') };
    return { t: 'char', pred: atom(/[\\^$.*+?()[\]{}|/]/.test(c) ? `\\${c}` : c) };
  }

  private escape(): Node {
    const s = this.src;
    const next = s[this.pos + 1] ?? '';
    if (/[1-9]/.test(next) || (next === '0' && /\d/.test(s[this.pos + 2] ?? '')) || s.startsWith('k<', this.pos + 1)) {
      throw new Refused('backreferences (\\1 to \\9, \\k<name>) and octal escapes are not taken');
    }
    if (next === 'b' || next === 'B') {
      this.pos += 2;
      return { t: 'assert', a: next };
    }
    let length = 2;
    if (next === 'x' && /^[0-9a-f]{2}/i.test(s.slice(this.pos + 2))) length = 4;
    else if (next === 'u' && /^[0-9a-f]{4}/i.test(s.slice(this.pos + 2))) length = 6;
    else if (next === 'c') {
      if (!/^[a-z]/i.test(s.slice(this.pos + 2))) throw new Refused('a \\c with no control letter is not taken');
      length = 3;
    }
    const text = s.slice(this.pos, this.pos + length);
    this.pos += length;
    return { t: 'char', pred: atom(text) };
  }
}

/** True when the node holds a repeat with no upper bound. */
function holdsUnboundedRepeat(node: Node): boolean {
  switch (node.t) {
    case 'char':
    case 'assert':
      return false;
    case 'seq':
      return node.items.some(holdsUnboundedRepeat);
    case 'alt':
      return node.options.some(holdsUnboundedRepeat);
    case 'rep':
      return node.max === Infinity || holdsUnboundedRepeat(node.node);
    default: {
      const unreachable: never = node;
      throw new Error(`unknown pattern node ${JSON.stringify(unreachable)}`);
    }
  }
}

/** Adds the states of `node` before state `next`; returns the first. */
function compile(node: Node, next: number, states: State[]): number {
  if (states.length > MAX_PATTERN_STATES) throw new Refused(`its repeats unroll to more than ${MAX_PATTERN_STATES} steps (write * or + instead of a large {n,m})`);
  const add = (s: State): number => states.push(s) - 1;
  switch (node.t) {
    case 'char':
      return add({ kind: 'char', pred: node.pred, out: next });
    case 'assert':
      return add({ kind: 'assert', a: node.a, out: next });
    case 'seq':
      return node.items.reduceRight((after, item) => compile(item, after, states), next);
    case 'alt':
      return add({ kind: 'split', outs: node.options.map((o) => compile(o, next, states)) });
    case 'rep': {
      if (node.min > MAX_PATTERN_STATES || (node.max !== Infinity && node.max > MAX_PATTERN_STATES)) {
        throw new Refused(`its repeats unroll to more than ${MAX_PATTERN_STATES} steps (write * or + instead of a large {n,m})`);
      }
      let after = next;
      if (node.max === Infinity) {
        const loop = add({ kind: 'split', outs: [] });
        (states[loop] as { outs: number[] }).outs.push(compile(node.node, loop, states), next);
        after = loop;
      } else {
        for (let k = node.min; k < node.max; k++) after = add({ kind: 'split', outs: [compile(node.node, after, states), next] });
      }
      for (let k = 0; k < node.min; k++) after = compile(node.node, after, states);
      return after;
    }
    default: {
      const unreachable: never = node;
      throw new Error(`unknown pattern node ${JSON.stringify(unreachable)}`);
    }
  }
}

const isWord = (c: string | undefined): boolean => c !== undefined && /\w/.test(c);

/** True when the automaton matches somewhere in `text` (a search, as RegExp.test does): one pass, each state once per position. */
function run(states: readonly State[], start: number, text: string): boolean {
  const seen = new Int32Array(states.length).fill(-1);
  const holds = (a: Assertion, pos: number): boolean =>
    a === '^' ? pos === 0 : a === '$' ? pos === text.length : (isWord(text[pos - 1]) !== isWord(text[pos])) === (a === 'b');
  const close = (from: number, pos: number, into: number[]): boolean => {
    const stack = [from];
    while (stack.length > 0) {
      const i = stack.pop()!;
      if (seen[i] === pos) continue;
      seen[i] = pos;
      const s = states[i]!;
      if (s.kind === 'match') return true;
      if (s.kind === 'char') into.push(i);
      else if (s.kind === 'split') for (let k = s.outs.length - 1; k >= 0; k--) stack.push(s.outs[k]!);
      else if (holds(s.a, pos)) stack.push(s.out);
    }
    return false;
  };
  let current: number[] = [];
  for (let pos = 0; pos <= text.length; pos++) {
    if (close(start, pos, current)) return true;
    if (pos === text.length) return false;
    const following: number[] = [];
    for (const i of current) {
      const s = states[i] as Extract<State, { kind: 'char' }>;
      if (s.pred(text[pos]!) && close(s.out, pos + 1, following)) return true;
    }
    current = following;
  }
  return false;
}
