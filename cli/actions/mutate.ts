import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { EXIT, InputError } from '../exit.js';
import { refuseOutputOverInput } from '../io/refuseOutputOverInput.js';
import { watchInterrupts } from '../io/watchInterrupts.js';

export interface MutateFlags {
  readonly reporter: string;
  readonly out?: string;
  readonly threshold: string;
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
  const reporter = parseReporter(flags.reporter);
  if (flags.out !== undefined && statSync(flags.out, { throwIfNoEntry: false })?.isDirectory()) {
    throw new InputError(`--out ${flags.out}: is a folder (give a file name, such as ${flags.out}/mutation.${reporter === 'json' ? 'json' : reporter === 'markdown' ? 'md' : 'txt'})`);
  }
  // From here on a signal stops the run at the next mutant, with the matrix so far written.
  const interrupts = watchInterrupts();
  try {
    return await mutateWith(paths, flags, reporter, threshold, () => (interrupts.stopped() ? interrupts.status() : null));
  } finally {
    interrupts.dispose();
  }
}

async function mutateWith(paths: readonly string[], flags: MutateFlags, reporter: ReporterName, threshold: number, stopped: () => number | null): Promise<number> {
  // Loaded here, not at startup: --help and the other commands do not pay for them.
  const [scenarios, engine, mutants, reports] = await Promise.all([
    import('../../scenarios/index.js'),
    import('../../engine/index.js'),
    import('../../engine/mutants/index.js'),
    import('../../reports/mutation/index.js'),
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

  const rows = [];
  for (const m of mutants.RULE_MUTANTS) {
    // Let a signal in between two mutants.
    await new Promise((resolve) => setImmediate(resolve));
    if (stopped() !== null) break;
    // A fresh wrapper per scenario: a mutant may remember what it decided within one run.
    const killedBy = passing.filter((s) => scenarios.runScenario(s, { decide: m.mutate(engine.decide) }).status !== 'passed').map((s) => s.file);
    const { mutate: _mutate, ...described } = m;
    rows.push({ ...described, killedBy });
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
