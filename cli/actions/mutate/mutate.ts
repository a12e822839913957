import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { EXIT, InputError } from '../../exit.js';
import { refuseOutputOverInput } from '../../io/refuseOutputOverInput.js';
import { watchInterruption } from '../../io/interruption.js';
import { parseTargetTimeout } from '../../../target/adapter/targetLimits.js';

export interface MutateFlags {
  readonly reporter: string;
  readonly out?: string;
  readonly threshold: string;
  /** A target command or URL with `{}` for the mutant's name: each mutant is measured through the target protocol. */
  readonly target?: string;
  readonly targetTimeout?: string;
  /** Only these mutants (comma-separated names), not the whole catalogue. */
  readonly mutants?: string;
}

const REPORTERS = ['pretty', 'json', 'markdown'] as const;
type ReporterName = (typeof REPORTERS)[number];

/**
 * `claimsim mutate PATH…` (registered in cli/commands/mutate.ts): runs every scenario under
 * the paths on the real rules, then on every rule mutant of the catalogue; a mutant is killed
 * when a scenario that passes on the real rules fails on it. Writes the kill matrix and
 * returns 0 when the score reaches --threshold, 1 below it (2 for bad input, thrown).
 * SIGINT / SIGTERM stop it between mutants with the matrix so far written, marked partial.
 */
export async function mutate(paths: readonly string[], flags: MutateFlags): Promise<number> {
  const threshold = parseThreshold(flags.threshold);
  if (flags.target !== undefined && !flags.target.includes('{}')) {
    throw new InputError(`--target ${flags.target}: holds no {} (give the command that serves one mutant, with {} for its name, such as --target 'claimsim serve --mutant {}')`);
  }
  const reporter = parseReporter(flags.reporter);
  if (flags.out !== undefined && statSync(flags.out, { throwIfNoEntry: false })?.isDirectory()) {
    throw new InputError(`--out ${flags.out}: is a folder (give a file name, such as ${flags.out}/mutation.${reporter === 'json' ? 'json' : reporter === 'markdown' ? 'md' : 'txt'})`);
  }
  // From here on a signal stops the run at the next mutant, with the matrix so far written.
  const interrupts = watchInterruption();
  try {
    return await mutateWith(paths, flags, reporter, threshold, () => (interrupts.stopped() ? interrupts.status() : null));
  } finally {
    interrupts.dispose();
  }
}

async function mutateWith(paths: readonly string[], flags: MutateFlags, reporter: ReporterName, threshold: number, stopped: () => number | null): Promise<number> {
  // Loaded here, not at startup: --help and the other commands do not pay for them.
  const [scenarios, engine, mutants, reports] = await Promise.all([
    import('../../../scenarios/index.js'),
    import('../../../engine/index.js'),
    import('../../../engine/mutants/index.js'),
    import('../../../reports/mutation/index.js'),
  ]);
  const files = paths.flatMap((path) => {
    const found = scenarios.findScenarioFiles(path);
    if ('missing' in found) throw new InputError(`${path}: no such file or folder (give scenario files or folders of them)`);
    if (found.files.length === 0) throw new InputError(`${path}: holds no .yaml or .yml scenario file`);
    return found.files;
  });
  if (flags.out !== undefined) refuseOutputOverInput({ what: '--out', path: flags.out }, [...files.map((file) => ({ what: 'the scenario file', path: file })), ...paths.map((path) => ({ what: 'the input', path }))]);
  const suite = files.map((f) => scenarios.loadScenarioFile(f));

  const passing: typeof suite = [];
  const excluded: { file: string; name: string; failure: string }[] = [];
  for (const s of suite) {
    const r = scenarios.runScenario(s);
    if (r.status === 'passed') passing.push(s);
    else excluded.push({ file: s.file, name: s.name, failure: `step ${r.failures[0]?.step ?? 0}: ${r.failures[0]?.message ?? 'failed'}` });
  }

  const chosen = chooseMutants(mutants.RULE_MUTANTS, flags.mutants);
  const throughTarget = flags.target === undefined ? null : await import('./mutateThroughTarget.js');
  const timeoutMs = flags.target === undefined ? 0 : targetTimeoutMs(flags.targetTimeout);
  let skippedRuns = 0;
  const rows = [];
  for (const m of chosen) {
    // Let a signal in between two mutants.
    await new Promise((resolve) => setImmediate(resolve));
    if (stopped() !== null) break;
    let killedBy: string[];
    if (throughTarget && flags.target !== undefined) {
      // One target process per mutant, reused across the scenarios (each starts with a reset).
      const r = await throughTarget.killedThroughTarget(flags.target, m.name, passing, timeoutMs, () => stopped() !== null);
      if (r === null) break;
      killedBy = r.killedBy;
      skippedRuns += r.skipped;
    } else {
      // A fresh wrapper per scenario: a mutant may remember what it decided within one run.
      killedBy = passing.filter((s) => scenarios.runScenario(s, { decide: m.mutate(engine.decide) }).status !== 'passed').map((s) => s.file);
    }
    const { mutate: _mutate, ...described } = m;
    rows.push({ ...described, killedBy });
  }
  if (flags.target !== undefined) {
    process.stderr.write(`target: ${flags.target}: ${rows.length} mutants, each in its own target process; ${skippedRuns} scenario runs skipped (the target lacked what they need)\n`);
  }

  const matrix = reports.killMatrix(passing.map((s) => s.file), excluded, rows, stopped() !== null);
  const render = { pretty: reports.renderMutationPretty, json: reports.renderMutationJson, markdown: reports.renderMutationMarkdown }[reporter];
  const text = render(matrix);
  if (flags.out !== undefined) {
    mkdirSync(dirname(flags.out), { recursive: true });
    writeFileSync(flags.out, text);
    process.stderr.write(`${matrix.partial ? 'partial (interrupted): ' : ''}mutation score ${matrix.score}% (${matrix.killed}/${matrix.total}) · kill matrix written to ${flags.out}\n`);
  } else {
    process.stdout.write(text);
  }
  return stopped() ?? (matrix.score < threshold ? EXIT.failed : EXIT.ok);
}

function chooseMutants<M extends { readonly name: string }>(all: readonly M[], names: string | undefined): readonly M[] {
  if (names === undefined) return all;
  const wanted = names.split(',').map((n) => n.trim()).filter((n) => n !== '');
  const unknown = wanted.filter((n) => !all.some((m) => m.name === n));
  if (wanted.length === 0 || unknown.length) throw new InputError(`--mutants ${names}: ${unknown.length ? `no such rule mutant ${unknown.join(', ')}` : 'names no mutant'} (give names from docs/mutation.md, comma-separated)`);
  return all.filter((m) => wanted.includes(m.name));
}

function targetTimeoutMs(text: string | undefined): number {
  const t = parseTargetTimeout(text ?? '5s');
  if (!t.ok) throw new InputError(t.message);
  return t.ms;
}

function parseThreshold(text: string): number {
  const n = Number(text);
  if (text.trim() === '' || !Number.isFinite(n) || n < 0 || n > 100) {
    throw new InputError(`--threshold ${text}: not a percentage from 0 to 100 (such as --threshold 90)`);
  }
  return n;
}

function parseReporter(name: string): ReporterName {
  if ((REPORTERS as readonly string[]).includes(name)) return name as ReporterName;
  throw new InputError(`--reporter ${name}: unknown reporter (use pretty, json or markdown)`);
}
