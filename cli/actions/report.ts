import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { type Summary, mergeSummaries, summaryJson } from '../../generators/index.js';
import {
  type Report,
  type SweepPart,
  buildCompareReport,
  buildSimulationReport,
  buildSweepReport,
  mergeSweepParts,
  renderHtml,
  renderJson,
  renderMarkdown,
} from '../../reports/index.js';
import { writeOutputs } from '../io/writeOutputs.js';
import { EXIT, InputError } from '../exit.js';
import type { ComparePart } from './ComparePart.js';
import { mergeCompareParts } from './mergeCompareParts.js';
import { mergeShardParts } from './mergeShardParts.js';

export interface ReportFlags {
  readonly out: string;
}

/** What one input on the command line holds, read from its file. */
type Input =
  | { readonly kind: 'summary'; readonly file: string; readonly summary: Summary }
  | { readonly kind: 'sweep-part'; readonly file: string; readonly part: SweepPart }
  | { readonly kind: 'compare-part'; readonly file: string; readonly part: ComparePart }
  | { readonly kind: 'report'; readonly file: string; readonly report: Report };

/** The files a folder contributes, by what claimsim writes there: the first kind found (a report model before the summary it was built from). */
const IN_FOLDER = [/^sweep-part-\d+-of-\d+\.json$/, /^compare-part-\d+-of-\d+\.json$/, /^(report|compare|sweep)\.json$/, /^summary\.json$/];

/**
 * `claimsim report INPUT… --out DIR` (registered in cli/commands/report.ts): renders what
 * earlier runs left on disk, as the command that ran them would have:
 * - summaries (`simulate`, `merge`): shards of one run are merged first; several whole runs
 *   are replications of one population and policy. Writes summary.json, report.json,
 *   report.md and report.html.
 * - the parts of a sharded `sweep` or `compare`: merged, then sweep.json / compare.json, the
 *   Markdown and report.html, byte for byte what the unsharded run writes.
 * - a report model (report.json, compare.json, sweep.json): rendered again, with the claim
 *   list (claims.xlsx) of a `claimsim all` report copied from beside it.
 * Its exit status: 1 when the summaries hold an invariant violation.
 */
export async function report(inputs: readonly string[], flags: ReportFlags): Promise<number> {
  const read = inputs.flatMap(readInput);
  const kinds = [...new Set(read.map((r) => r.kind))];
  if (kinds.length !== 1) {
    throw new InputError(`claimsim report: the inputs mix ${kinds.join(' and ')} files (${read.map((r) => `${r.file}: ${r.kind}`).join(', ')}); render each kind on its own`);
  }
  switch (kinds[0]!) {
    case 'summary': {
      const summaries = read.map((r) => (r as Extract<Input, { kind: 'summary' }>).summary);
      const runs = summaries.some((s) => s.shard !== null) ? [merged(summaries)] : summaries;
      const model = buildSimulationReport(runs);
      const extra: Record<string, string> = runs.length === 1 ? { 'summary.json': summaryJson(runs[0]!) } : {};
      await write(flags.out, model, { 'report.json': renderJson(model), 'report.md': renderMarkdown(model) }, extra);
      return model.invariantViolations.total > 0 ? EXIT.failed : EXIT.ok;
    }
    case 'sweep-part': {
      const whole = mergeSweepParts(read.map((r) => (r as Extract<Input, { kind: 'sweep-part' }>).part));
      if ('error' in whole) throw new InputError(`claimsim report: ${whole.error}`);
      const model = buildSweepReport(whole);
      await write(flags.out, model, { 'sweep.json': renderJson(model), 'sweep.md': renderMarkdown(model) });
      return EXIT.ok;
    }
    case 'compare-part': {
      const whole = mergeCompareParts(read.map((r) => (r as Extract<Input, { kind: 'compare-part' }>).part));
      if ('error' in whole) throw new InputError(`claimsim report: ${whole.error}`);
      const model = buildCompareReport(whole.pairs, whole.populationChanges);
      await write(flags.out, model, { 'compare.json': renderJson(model), 'compare.md': renderMarkdown(model) });
      return EXIT.ok;
    }
    case 'report': {
      if (read.length > 1) throw new InputError(`claimsim report: give one report model at a time (got ${read.map((r) => r.file).join(', ')})`);
      const { report: model, file } = read[0] as Extract<Input, { kind: 'report' }>;
      const name = model.kind === 'compare' || model.kind === 'sweep' ? model.kind : 'report';
      // The claim list cannot be made again from a report, but the workbook beside it comes along.
      const listFile = model.kind === 'suite' ? model.claimList?.file : undefined;
      const list = listFile !== undefined ? join(dirname(file), listFile) : null;
      const workbook: Record<string, Uint8Array> = listFile !== undefined && list && existsSync(list) ? { [listFile]: readFileSync(list) } : {};
      await write(flags.out, model, { [`${name}.json`]: renderJson(model), [`${name}.md`]: renderMarkdown(model) }, workbook);
      return EXIT.ok;
    }
  }
}

/** The shards of one simulate run (each 1/n … n/n once) merged into the whole run's summary. */
function merged(summaries: readonly Summary[]): Summary {
  const whole = summaries.find((s) => s.shard === null);
  if (whole) throw new InputError(`claimsim report: the whole run of seed ${whole.seed} is given with shards (give either the shards of one run, or whole runs)`);
  const complete = mergeShardParts(
    summaries.map((s) => ({ kind: 'summary', version: 1, shard: s.shard! })),
    'summary',
    1,
    () => null,
  );
  if ('error' in complete) throw new InputError(`claimsim report: ${complete.error}`);
  try {
    return mergeSummaries(summaries);
  } catch (err) {
    if (!(err instanceof Error)) throw err;
    throw new InputError(`claimsim report: ${err.message}`);
  }
}

async function write(out: string, model: Report, files: Readonly<Record<string, string>>, extra: Readonly<Record<string, string | Uint8Array>> = {}): Promise<void> {
  const { html, charts } = await renderHtml(model);
  const paths = writeOutputs(out, { ...extra, ...files, 'report.html': html });
  process.stdout.write(`report: ${paths['report.html']} (${charts} chart${charts === 1 ? '' : 's'}; also ${Object.keys({ ...extra, ...files }).map((f) => paths[f]).join(', ')})\n`);
}

/** One input: a file, or the files claimsim wrote into a folder. */
function readInput(path: string): Input[] {
  if (!existsSync(path)) throw new InputError(`${path}:1:1: no such file or folder (give the --out folder of a claimsim run, or a file it wrote)`);
  if (!statSync(path).isDirectory()) return [classify(path)];
  const names = readdirSync(path).sort();
  for (const pattern of IN_FOLDER) {
    const found = names.filter((n) => pattern.test(n));
    if (found.length > 0) return found.map((n) => classify(join(path, n)));
  }
  throw new InputError(`${path}:1:1: no summary.json, sweep or compare part, or report JSON in this folder (give the --out folder of a claimsim run)`);
}

function classify(file: string): Input {
  let data: Record<string, unknown>;
  try {
    data = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  } catch {
    throw new InputError(`${file}:1:1: not JSON (give a summary.json, a sweep or compare part, or a report JSON that claimsim wrote)`);
  }
  if (data === null || typeof data !== 'object') throw new InputError(`${file}:1:1: not a claimsim file (give a summary.json, a part or a report JSON)`);
  switch (data['kind']) {
    case 'sweep-part':
      return { kind: 'sweep-part', file, part: data as unknown as SweepPart };
    case 'compare-part':
      return { kind: 'compare-part', file, part: data as unknown as ComparePart };
    case 'suite':
    case 'simulation':
    case 'scenarios':
    case 'compare':
    case 'sweep':
      return { kind: 'report', file, report: data as unknown as Report };
    default:
      if (data['version'] === 1 && typeof data['claims'] === 'number' && data['outcomes'] && data['invariantViolations']) {
        return { kind: 'summary', file, summary: data as unknown as Summary };
      }
      throw new InputError(`${file}:1:1: not a claimsim summary, part or report (give a summary.json, a sweep or compare part, or a report JSON that claimsim wrote)`);
  }
}
