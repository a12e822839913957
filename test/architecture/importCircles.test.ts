import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

// Lint (import-x/no-cycle) holds value imports; this test holds every import, `import type`
// included, at two scales: files, and the folders inside each top-level folder.
const ROOTS = ['engine', 'input', 'scenarios', 'generators', 'claimlog', 'target', 'reports', 'cli'];
const IMPORT = /^\s*(?:import|export)\s[^'"]*?from\s+['"](\.{1,2}\/[^'"]+)['"]/gm;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = join(dir, d.name);
    if (d.isDirectory()) return sourceFiles(p);
    return d.name.endsWith('.ts') ? [p] : [];
  });
}

/** file → the project files it imports (a `.js` specifier names the `.ts` source). */
function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of ROOTS.flatMap(sourceFiles)) {
    const text = readFileSync(file, 'utf8');
    const targets = [...text.matchAll(IMPORT)].map((m) => normalize(join(dirname(file), m[1]!.replace(/\.js$/, '.ts'))));
    graph.set(file, targets);
  }
  return graph;
}

/** The strongly connected components with more than one member (Tarjan). */
function circles(graph: Map<string, readonly string[]>): string[][] {
  let index = 0;
  const order = new Map<string, number>(), low = new Map<string, number>(), onStack = new Set<string>(), stack: string[] = [];
  const out: string[][] = [];
  const visit = (v: string): void => {
    order.set(v, index);
    low.set(v, index++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!graph.has(w)) continue;
      if (!order.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, order.get(w)!));
    }
    if (low.get(v) === order.get(v)) {
      const part: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        part.push(w);
      } while (w !== v);
      if (part.length > 1) out.push(part.sort());
    }
  };
  for (const v of [...graph.keys()].sort()) if (!order.has(v)) visit(v);
  return out;
}

/** The graph between the folders one level inside each top-level folder (scenarios/schema, cli/io …). */
function folderGraph(files: Map<string, string[]>): Map<string, string[]> {
  const folderOf = (f: string): string => {
    const parts = relative('.', f).split('/');
    return parts.length > 2 ? parts.slice(0, 2).join('/') : parts[0]!;
  };
  const g = new Map<string, Set<string>>();
  for (const [file, targets] of files) {
    const from = folderOf(file);
    if (!g.has(from)) g.set(from, new Set());
    for (const t of targets) {
      const to = folderOf(t);
      // Within one top-level folder only: between top-level folders eslint.config.js holds the direction.
      if (to !== from && to.split('/')[0] === from.split('/')[0] && to.includes('/') && from.includes('/')) g.get(from)!.add(to);
    }
  }
  return new Map([...g].map(([k, v]) => [k, [...v]]));
}

describe('imports point one way', () => {
  const files = importGraph();

  it('no file imports itself back, type imports included', () => {
    expect(circles(files)).toEqual([]);
  });

  it('no folder imports itself back (scenarios/schema ← compile ← run, and the like)', () => {
    expect(circles(folderGraph(files))).toEqual([]);
  });

  it('finds a circle when there is one (the check is not blind)', () => {
    expect(circles(new Map([['a', ['b']], ['b', ['c']], ['c', ['a']], ['d', ['a']]]))).toEqual([['a', 'b', 'c']]);
  });
});
