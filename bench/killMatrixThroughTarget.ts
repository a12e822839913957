/**
 * The whole kill matrix through the target adapter against the in-process one: `claimsim mutate`
 * on the scenario library twice, in process and with --target 'claimsim serve --mutant {}' (one
 * served mutant per target process), each timed; then the mutants whose killing scenarios differ
 * (exit 1 when a scenario kills a mutant in process but not through the target, or the scores differ).
 * Usage: npx tsx bench/killMatrixThroughTarget.ts [PATH]   (default scenarios/library)
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mutate } from '../cli/actions/mutate/mutate.js';

interface Matrix {
  readonly killed: number;
  readonly total: number;
  readonly score: number;
  readonly mutants: readonly { readonly name: string; readonly killedBy: readonly string[] }[];
}

const path = process.argv[2] ?? 'scenarios/library';
const target = `'${process.execPath}' cli/claimsim.js serve --mutant {}`;
const dir = mkdtempSync(join(tmpdir(), 'claimsim-kill-matrix-'));

async function measure(name: string, extra: { target?: string }): Promise<{ matrix: Matrix; seconds: number }> {
  const out = join(dir, `${name}.json`);
  const t0 = performance.now();
  await mutate([path], { reporter: 'json', out, threshold: '0', ...extra });
  return { matrix: JSON.parse(readFileSync(out, 'utf8')) as Matrix, seconds: (performance.now() - t0) / 1000 };
}

try {
  const a = await measure('in-process', {});
  const b = await measure('through-target', { target });
  const through = new Map(b.matrix.mutants.map((m) => [m.name, new Set(m.killedBy)]));
  // Through a target every answer is also held against the rules (a divergence fails the scenario), so it may kill with more scenarios; never with fewer.
  const fewer = a.matrix.mutants.filter((m) => m.killedBy.some((f) => !through.get(m.name)?.has(f)));
  const more = a.matrix.mutants.filter((m) => [...(through.get(m.name) ?? [])].some((f) => !m.killedBy.includes(f)));
  const names = (ms: readonly { readonly name: string }[]) => (ms.length ? ` (${ms.map((m) => m.name).join(', ')})` : '');
  process.stdout.write(
    [
      `scenarios: ${path}`,
      `in process:      score ${a.matrix.score}% (${a.matrix.killed}/${a.matrix.total}) in ${a.seconds.toFixed(1)} s`,
      `through target:  score ${b.matrix.score}% (${b.matrix.killed}/${b.matrix.total}) in ${b.seconds.toFixed(1)} s (${target})`,
      `mutants a scenario kills in process but not through the target: ${fewer.length}${names(fewer)}`,
      `mutants more scenarios kill through the target (a divergence from the rules the checks do not read): ${more.length}${names(more)}`,
      '',
    ].join('\n'),
  );
  process.exitCode = fewer.length || a.matrix.killed !== b.matrix.killed || a.matrix.total !== b.matrix.total ? 1 : 0;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
