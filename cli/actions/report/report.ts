import { lstatSync, readdirSync, statSync } from 'node:fs';
import { basename, dirname, isAbsolute, join } from 'node:path';
import { type Summary, mergeSummaries, summaryJson } from '../../../generators/index.js';
import {
  type Report,
  type SweepPart,
  buildCompareReport,
  buildSimulationReport,
  buildSweepReport,
} from '../../../reports/index.js';
import { writeOutputs } from '../../io/writeOutputs.js';
import { EXIT, InputError } from '../../exit.js';
import { type JsonInput, MAX_JSON_INPUT_BYTES, jsonPathError, readJsonInFolder, readJsonInput, validateJson } from '../../io/readJsonInput.js';
import { type ShardOutput, type SummaryOutput, readSummaryOutput } from '../../io/readShardOutput.js';
import { REPORT_READER, readShardBytes } from '../../io/readShardFile.js';
import { sameJson } from '../../io/jsonFields.js';
import { refuseOutAsInput } from '../../io/refuseOutAsInput.js';
import type { ComparePart } from '../compare/ComparePart.js';
import { checkOneWholeRun } from '../merge/checkOneWholeRun.js';
import { comparePartSchema } from '../compare/comparePartSchema.js';
import { type Completion, renderReportFiles } from '../../io/interruption.js';
import { mergeCompareParts } from '../compare/mergeCompareParts.js';
import { interruptedSchema, reportModelSchema } from './reportModelSchema.js';
import { sweepPartSchema } from '../sweep/sweepPartSchema.js';
import type { AuditPart } from '../audit/AuditPart.js';
import { auditPartSchema } from '../audit/auditPartSchema.js';
import { mergeAuditParts } from '../audit/mergeAuditParts.js';
import { withAllowance } from '../audit/auditAllowance.js';
import { writeAuditReports } from '../audit/writeAuditReports.js';
import { mergeSweepParts } from '../sweep/mergeSweepParts.js';
import { auditPretty } from '../../../reports/audit/auditPretty.js';

export interface ReportFlags {
  readonly out: string;
}

/** What one input on the command line holds, read from its file and checked; `folder` is where it was read. */
type Input = { readonly file: string; readonly folder: string; readonly given: 'folder' | 'file' } & (
  | { readonly kind: 'summary'; readonly output: SummaryOutput }
  | { readonly kind: 'sweep-part'; readonly part: SweepPart }
  | { readonly kind: 'compare-part'; readonly part: ComparePart }
  | { readonly kind: 'audit-part'; readonly part: AuditPart }
  | { readonly kind: 'report'; readonly report: Report; readonly completions: readonly Completion[] | null; readonly source: JsonInput }
);

/** The files a folder contributes, by what claimsim writes there: the first kind found (a report model before the summary it was built from). */
const IN_FOLDER = [/^sweep-part-\d+-of-\d+\.json$/, /^compare-part-\d+-of-\d+\.json$/, /^audit-part-\d+-of-\d+\.json$/, /^(report|compare|sweep)\.json$/, /^summary\.json$/];

const HOW = 'give a summary.json, a sweep, compare or audit part, or a report JSON that claimsim wrote, untouched';

/** The largest claim list (claims.xlsx) copied along with a report. */
const MAX_CLAIM_LIST_BYTES = 1024 * 1024 * 1024;

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
 * Nothing read is trusted: every file goes through the one reader and a schema, as `claimsim
 * merge` reads; shards must be every shard of one run and replications runs of one population
 * and policy; an interrupted run's report says "partial"; --out may not be, hold or lie in an
 * input; and nothing is read from outside the inputs' folders. Its exit status: 1 when the
 * summaries hold an invariant violation.
 */
export async function report(inputs: readonly string[], flags: ReportFlags): Promise<number> {
  const read = inputs.flatMap(readInput);
  const kinds = [...new Set(read.map((r) => r.kind))];
  if (kinds.length !== 1) {
    throw new InputError(`claimsim report: the inputs mix ${kinds.join(' and ')} files (${read.map((r) => `${r.file}: ${r.kind}`).join(', ')}); render each kind on its own`);
  }
  refuseOutAsInput(
    flags.out,
    [...new Set(read.filter((r) => r.given === 'folder').map((r) => r.folder))],
    'claimsim report',
    'a folder apart from the inputs',
    'writing',
    read.filter((r) => r.given === 'file').map((r) => r.file),
  );
  const first = read[0]!;
  switch (first.kind) {
    case 'summary': {
      const { runs, completion } = runsOf(read.map((r) => (r as Extract<Input, { kind: 'summary' }>).output));
      const model = buildSimulationReport(runs);
      const extra: Record<string, string> = runs.length === 1 ? { 'summary.json': summaryJson(runs[0]!) } : {};
      await write(flags.out, model, 'report', completion ? [completion] : null, extra);
      return model.invariantViolations.total > 0 ? EXIT.failed : EXIT.ok;
    }
    case 'sweep-part': {
      const whole = mergeSweepParts(read.map((r) => (r as Extract<Input, { kind: 'sweep-part' }>).part));
      if ('error' in whole) throw new InputError(`claimsim report: ${whole.error}`);
      await write(flags.out, buildSweepReport(whole), 'sweep', null);
      return EXIT.ok;
    }
    case 'compare-part': {
      const whole = mergeCompareParts(read.map((r) => (r as Extract<Input, { kind: 'compare-part' }>).part));
      if ('error' in whole) throw new InputError(`claimsim report: ${whole.error}`);
      await write(flags.out, buildCompareReport(whole.pairs, whole.populationChanges), 'compare', null);
      return EXIT.ok;
    }
    case 'audit-part': {
      const merged = mergeAuditParts(read.map((r) => ({ ...(r as Extract<Input, { kind: 'audit-part' }>).part, file: r.file })));
      if ('error' in merged) throw new InputError(`claimsim report: ${merged.error}`);
      if (merged.clockMismatches > 0) {
        process.stderr.write(`warning: ${merged.clockMismatches} record${merged.clockMismatches === 1 ? '' : 's'} of the shards stand after a record of another shard dated later (the log's clock goes back): the clock regressions found may differ from a whole audit's (docs/claim-log.md, Sharding an audit)\n`);
      }
      const result = withAllowance(merged.whole, merged.first.inputs.allow, merged.first.inputs.today);
      process.stdout.write(auditPretty(result));
      await writeAuditReports(flags.out, result);
      process.stdout.write(`report: ${join(flags.out, 'audit.html')} (and audit.md, audit.json, audit.junit.xml; merged from ${read.length} audit parts)\n`);
      return result.verdicts.violates > 0 ? EXIT.failed : EXIT.ok;
    }
    case 'report': {
      if (read.length > 1) throw new InputError(`claimsim report: give one report model at a time (got ${read.map((r) => r.file).join(', ')})`);
      const model = first.report;
      const name = model.kind === 'compare' || model.kind === 'sweep' ? model.kind : 'report';
      // The claim list cannot be made again from a report, but the workbook beside it comes along.
      const list = model.kind === 'suite' && model.claimList ? claimListOf(first, model.claimList.file) : {};
      await write(flags.out, model, name, first.completions, list);
      return EXIT.ok;
    }
    default: {
      const unreachable: never = first;
      throw new Error(`unknown input ${JSON.stringify(unreachable)}`);
    }
  }
}

/**
 * The runs a report of summaries shows: the shards of one run (every shard once, of one run as
 * run.json says) merged into the whole run, or whole runs as replications of one population and
 * policy; and, when a summary is partial (an interrupted run), which of them are complete.
 */
function runsOf(outputs: readonly SummaryOutput[]): { runs: Summary[]; completion: Completion | null } {
  const shards = outputs.filter((o) => o.summary.shard !== null);
  if (shards.length > 0) {
    const whole = outputs.find((o) => o.summary.shard === null);
    if (whole) throw new InputError(`${whole.summaryFile}:1:1: the whole run of seed ${whole.summary.seed} is given with shards (give either the shards of one run, or whole runs)`);
    const set = shards as readonly ShardOutput[];
    checkOneWholeRun(set, { command: 'claimsim report', fix: 'give the shards i/n of one run' });
    let merged: Summary;
    try {
      merged = mergeSummaries(set.map((s) => s.summary));
    } catch (err) {
      if (!(err instanceof Error)) throw err;
      throw new InputError(`claimsim report: ${err.message} (in ${set.map((s) => s.summaryFile).join(', ')})`);
    }
    const n = set[0]!.summary.shard!.count;
    const complete = set.filter((s) => !s.summary.partial).map((s) => s.summary.shard!.index).sort((a, b) => a - b);
    return { runs: [merged], completion: complete.length < n ? { unit: 'shards', total: n, complete } : null };
  }
  checkReplications(outputs);
  const complete = outputs.flatMap((o, i) => (o.summary.partial ? [] : [i + 1]));
  const unit = outputs.length === 1 ? 'runs' : 'replications';
  return { runs: outputs.map((o) => o.summary), completion: complete.length < outputs.length ? { unit, total: outputs.length, complete } : null };
}

/** Whole runs shown as replications must be runs of one population, policy, claims and fault, each seed once. */
function checkReplications(outputs: readonly SummaryOutput[]): void {
  const first = outputs[0]!;
  const seen = new Map<number, string>();
  for (const o of outputs) {
    const twice = seen.get(o.summary.seed);
    if (twice !== undefined) throw new InputError(`${o.summaryFile}:1:1: the run of seed ${o.summary.seed} is given twice (also ${twice}); give each replication once`);
    seen.set(o.summary.seed, o.summaryFile);
    const differs = (['population', 'policy'] as const).find((k) => !sameJson(o.summary[k], first.summary[k]));
    if (differs) {
      throw jsonPathError({ file: o.summaryFile, text: o.summaryText }, [differs], `is not that of ${first.summaryFile}: replications are runs of one population and policy`, 'give the runs of one population and policy, or report each on its own', 'the summary');
    }
    if (o.identity && first.identity) {
      const other = (['populationHash', 'claims', 'fault'] as const).find((k) => o.identity![k] !== first.identity![k]);
      if (other) {
        throw jsonPathError({ file: o.identityFile, text: o.identityText }, [other], `${JSON.stringify(o.identity[other])} is not ${JSON.stringify(first.identity[other])} of ${first.identityFile}: the runs are not replications of one run`, 'give the runs of one population, claims and fault, or report each on its own');
      }
    }
  }
}

/** Renders a report model and writes its files (marked partial when `completions` say so), with `extra` files beside. */
async function write(out: string, model: Report, name: string, completions: readonly Completion[] | null, extra: Readonly<Record<string, string | Uint8Array>> = {}): Promise<void> {
  // A report of summaries holds the unfinished runs too (a shard's or a run's summary so far:
  // the whole run cannot be had without it), so it says that instead of "the complete ones only",
  // which the other reports (compare, sweep, all) hold.
  const detail = model.kind === 'simulation' ? 'its figures include what the unfinished ones ran before they stopped.' : undefined;
  const files = await renderReportFiles(model, completions ? { completions, ...(detail !== undefined ? { detail } : {}) } : null);
  const { charts } = files;
  const named = { [`${name}.json`]: files.json, [`${name}.md`]: files.markdown };
  const paths = writeOutputs(out, { ...extra, ...named, 'report.html': files.html });
  const partial = completions ? ' — partial: the inputs are of an interrupted run' : '';
  process.stdout.write(`report: ${paths['report.html']} (${charts} chart${charts === 1 ? '' : 's'}; also ${Object.keys({ ...extra, ...named }).map((f) => paths[f]).join(', ')})${partial}\n`);
}

/** One input: a file, or the files claimsim wrote into a folder. */
function readInput(path: string): Input[] {
  const st = statSync(path, { throwIfNoEntry: false });
  if (!st) throw new InputError(`${path}:1:1: no such file or folder (give the --out folder of a claimsim run, or a file it wrote)`);
  if (!st.isDirectory()) return [classify(path, 'file')];
  const names = readdirSync(path).sort();
  for (const pattern of IN_FOLDER) {
    const found = names.filter((n) => pattern.test(n));
    if (found.length > 0) return found.map((n) => classify(join(path, n), 'folder'));
  }
  throw new InputError(`${path}:1:1: no summary.json, sweep, compare or audit part, or report JSON in this folder (give the --out folder of a claimsim run)`);
}

/** A file claimsim wrote, by its kind, read through the one reader and checked by that kind's schema. */
function classify(file: string, given: 'folder' | 'file'): Input {
  const at = { file, folder: dirname(file), given } as const;
  // A summary is read by the reader merge uses (its own size limit, its run.json beside it).
  if (basename(file) === 'summary.json') return { ...at, kind: 'summary', output: readSummaryOutput(file, REPORT_READER, false) };
  const input = given === 'folder' ? readJsonInFolder(dirname(file), basename(file), HOW, REPORT_READER) : readJsonInput(file, HOW, MAX_JSON_INPUT_BYTES);
  const data = input.value;
  if (data === null || typeof data !== 'object' || Array.isArray(data)) throw new InputError(`${file}:1:1: not a claimsim file (give a summary.json, a part or a report JSON)`);
  const kind = (data as Record<string, unknown>)['kind'];
  switch (kind) {
    case 'sweep-part':
      return { ...at, kind: 'sweep-part', part: validateJson(input, sweepPartSchema, HOW) };
    case 'compare-part':
      return { ...at, kind: 'compare-part', part: validateJson(input, comparePartSchema, HOW) };
    case 'audit-part':
      return { ...at, kind: 'audit-part', part: validateJson(input, auditPartSchema, HOW) };
    default: {
      const schema = reportModelSchema(kind);
      if (schema) {
        const { partial, interrupted, ...model } = data as Record<string, unknown>;
        if (partial !== undefined && partial !== true) throw jsonPathError(input, ['partial'], 'is true or absent', HOW);
        const completions = partial === true ? validateJson({ ...input, value: interrupted }, interruptedSchema, HOW) : null;
        if (partial !== true && interrupted !== undefined) throw jsonPathError(input, ['interrupted'], 'comes with "partial": true only', HOW);
        return { ...at, kind: 'report', report: validateJson({ ...input, value: model }, schema, HOW) as Report, completions, source: input };
      }
      const d = data as Record<string, unknown>;
      if (kind === undefined && d['version'] === 1 && 'outcomes' in d) {
        return { ...at, kind: 'summary', output: readSummaryOutput(file, REPORT_READER, false) };
      }
      throw new InputError(`${file}:1:1: not a claimsim summary, part or report (${HOW})`);
    }
  }
}

/**
 * The claim list a suite report names, to copy beside the report: only a file inside the
 * report's folder (a relative path without `..`, no link on its way), written at the same
 * relative path inside --out. A list that is not there is left out, as `all` may have been run
 * without one.
 */
function claimListOf(input: Extract<Input, { kind: 'report' }>, listFile: string): Record<string, Uint8Array> {
  const segments = listFile.split(/[\\/]/);
  if (isAbsolute(listFile) || segments.includes('..') || segments.every((s) => s === '' || s === '.')) {
    throw jsonPathError(input.source, ['claimList', 'file'], `"${listFile}" is not a file inside the report's folder ${input.folder}`, 'report copies only the claim list written beside the report');
  }
  if (!lstatSync(join(input.folder, listFile), { throwIfNoEntry: false })) return {};
  const { bytes } = readShardBytes(input.folder, listFile, MAX_CLAIM_LIST_BYTES, " (give the report's whole folder)", REPORT_READER);
  return { [listFile]: bytes };
}
