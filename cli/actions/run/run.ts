import { statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { claimLogText } from '../../../claimlog/claimLogText.js';
import type { RunReport, ScenarioResult, SkippedScenario } from '../../../scenarios/index.js';
import { EXIT, InputError } from '../../exit.js';
import { diagnostics } from '../../io/diagnostics.js';
import { refuseOutputOverInput } from '../../io/refuseOutputOverInput.js';
import { watchInterruption } from '../../io/interruption.js';
import { writeOutputFile } from '../../io/writeOutputFile.js';
import { type ReporterTarget, parseReporters } from './parseReporters.js';
import { selectScenarios } from './selectScenarios.js';
import type { Shard } from '../../../input/Shard.js';
import { type ShardFlags, shardOption } from '../shared/shardOption.js';
import { mergeShardParts } from '../shared/mergeShardParts.js';
import { shardLength, takeShard, unshard, unshardShort } from '../../../input/Shard.js';
import { runPartSchema } from './runPartSchema.js';
import { LIMITS } from '../../../input/limits.js';
import { jsonPathError, readJsonInput, validateJson } from '../../io/readJsonInput.js';

export interface RunFlags extends ShardFlags {
  readonly reporter: readonly string[];
  readonly out?: string;
  readonly grep?: string;
  readonly tag: readonly string[];
  readonly list?: boolean;
  readonly junitTime?: boolean;
  readonly merge?: boolean;
  /** `--target COMMAND|URL`: every scenario through a target of the protocol (docs/target-protocol.md). */
  readonly target?: string;
  readonly targetTimeout?: string;
  /** `--log DIR`: each scenario's events as a claim log, DIR/<file stem>.ndjson (docs/claim-log.md). */
  readonly log?: string;
}

type Reporters = typeof import('../../../reports/run/index.js');

/**
 * `claimsim run PATH…` (registered in cli/commands/run.ts): the scenarios under the paths,
 * filtered (--grep, --tag) and sharded (--shard), run and written by every reporter; or with
 * --list only named; or with --merge the shards' JSON reports put back in the unsharded
 * order. Its exit status: 0 all passed, 1 some failed, 2 some file invalid (or bad input).
 */
export async function run(paths: readonly string[], flags: RunFlags): Promise<number> {
  const targets = parseReporters(flags.reporter, flags.out);
  for (const t of targets) {
    if (t.file !== undefined && statSync(t.file, { throwIfNoEntry: false })?.isDirectory()) {
      throw new InputError(`${t.file}: is a folder (give the ${t.name} reporter a file name, such as ${join(t.file, t.name === 'junit' ? 'scenarios.xml' : 'scenarios.json')})`);
    }
  }
  // Loaded here, not at startup: --help and the other commands do not pay for them.
  const [scenarios, reporters] = await Promise.all([import('../../../scenarios/index.js'), import('../../../reports/run/index.js')]);
  if (!flags.list) refuseReportOverInput(targets, paths, scenarios);
  if (flags.merge) {
    if (flags.log !== undefined) throw new InputError('--log writes the claim logs of the scenarios a run runs: a --merge of reports runs none');
    if (flags.target !== undefined) throw new InputError('--target runs the scenarios through a target: a --merge of reports runs none');
    if (flags.junitTime) throw new InputError('--junit-time goes to the shards: each shard\'s JUnit report has its timings, and the merged JSON reports hold none');
    const { report, partial } = mergeRunReports(paths);
    write(report, targets, reporters, { partial });
    if (partial) process.stderr.write('partial: a shard was interrupted; the merged report holds the files that ran ("partial": true)\n');
    return exitOf(report);
  }
  const shard = shardOption(flags);
  if (flags.log !== undefined && statSync(flags.log, { throwIfNoEntry: false })?.isDirectory() === false) {
    throw new InputError(`--log ${flags.log}: is a file; give --log a folder (each scenario's claim log is written into it as <file stem>.ndjson)`);
  }
  const filter = { ...(flags.grep !== undefined ? { grep: flags.grep } : {}), tags: flags.tag, describe: flags.list === true };
  const selected = takeShard(selectScenarios(paths, filter, scenarios), shard);
  if (flags.list) {
    process.stdout.write(selected.map((s) => `${s.file}${s.invalid ? ' (not a valid scenario)' : ` — ${s.name}`}${s.tags.length ? ` [${s.tags.join(', ')}]` : ''}\n`).join(''));
    return selected.some((s) => s.invalid) ? EXIT.input : EXIT.ok;
  }
  // Started only now: --list and --merge run no scenario.
  const target = flags.target === undefined ? null : await (await import('./openTargetSuite.js')).openTargetSuite(flags);
  const results: ScenarioResult[] = [];
  const skipped: SkippedScenario[] = [];
  const seconds: number[] = [];
  const interrupts = watchInterruption();
  diagnostics().info({ files: selected.length }, 'run: scenario files start');
  let ran = 0;
  try {
    for (const s of selected) {
      // A signal is heard between files: the reports then hold the files that ran, marked partial.
      await new Promise((resolve) => setImmediate(resolve));
      if (interrupts.stopped()) break;
      const started = performance.now();
      const r = target ? await target.runPaths([s.file]) : scenarios.runScenarioPaths([s.file]);
      const took = (performance.now() - started) / 1000;
      for (const one of r.scenarios) {
        results.push(one);
        seconds.push(took / r.scenarios.length);
      }
      skipped.push(...(r.skipped ?? []));
      ran++;
      if (target?.broken) break;
    }
  } finally {
    interrupts.dispose();
    if (target) {
      await target.close();
      process.stderr.write(target.summary());
    }
  }
  // Only a run through a target skips: an in-process report has no `skipped` and keeps its bytes.
  const report = target ? { ...reportOf(results), skipped } : reportOf(results);
  const partial = interrupts.stopped();
  write(report, targets, reporters, { ...(shard ? { shard } : {}), ...(flags.junitTime ? { seconds } : {}), partial });
  if (flags.log !== undefined) writeClaimLogs(flags.log, results);
  if (partial) {
    process.stderr.write(`interrupted: ${ran} of ${selected.length} scenario files ran; the reports hold those (JSON: "partial": true)\n`);
    return interrupts.status();
  }
  return exitOf(report);
}

/**
 * `run --log DIR`: each scenario that ran (a valid file) as a claim log, DIR/<file stem>.ndjson,
 * its policy and dated changes in the header, so `claimsim audit` needs no --policy. Names are
 * the file's stem with characters other than letters, digits, `.`, `_` and `-` as `_`; a stem
 * met again (files of one name in two folders) takes `-2`, `-3` … in the run's order.
 */
function writeClaimLogs(dir: string, results: readonly ScenarioResult[]): void {
  const taken = new Set<string>();
  let written = 0;
  for (const r of results) {
    if (r.policy === undefined) continue;
    const stem = basename(r.file).replace(/\.ya?ml$/i, '').replace(/[^A-Za-z0-9._-]/g, '_').replace(/^\.+/, '_') || 'scenario';
    let name = stem;
    for (let k = 2; taken.has(name.toLowerCase()); k++) name = `${stem}-${k}`;
    taken.add(name.toLowerCase());
    writeOutputFile(join(dir, `${name}.ndjson`), claimLogText(r.log, r.policy));
    written++;
  }
  process.stderr.write(`claim logs: ${written} in ${dir} (claimsim audit ${join(dir, '*.ndjson')})\n`);
}

/** A report written over one of the run's inputs (a scenario file, or a shard's report to merge) is refused: it would destroy it. */
function refuseReportOverInput(targets: readonly ReporterTarget[], paths: readonly string[], scenarios: Pick<typeof import('../../../scenarios/index.js'), 'findScenarioFiles'>): void {
  const written = targets.filter((t) => t.file !== undefined);
  if (written.length === 0) return;
  const inputs = paths.flatMap((path) => {
    const found = scenarios.findScenarioFiles(path);
    return [...('missing' in found ? [] : found.files.map((file) => ({ what: 'the scenario file', path: file }))), { what: 'the input', path }];
  });
  for (const t of written) refuseOutputOverInput({ what: `the ${t.name} report`, path: t.file! }, inputs);
}

function exitOf(report: RunReport): number {
  return report.errors > 0 ? EXIT.input : report.failed > 0 ? EXIT.failed : EXIT.ok;
}

function reportOf(scenarios: readonly ScenarioResult[]): RunReport {
  const count = (status: ScenarioResult['status']) => scenarios.filter((s) => s.status === status).length;
  return { passed: count('passed'), failed: count('failed'), errors: count('error'), scenarios };
}

interface WriteOptions {
  readonly shard?: Shard;
  readonly seconds?: readonly number[];
  readonly partial?: boolean;
}

function write(report: RunReport, targets: readonly ReporterTarget[], reporters: Reporters, o: WriteOptions): void {
  for (const t of targets) {
    const text = render(report, t, reporters, o);
    if (t.file === undefined) process.stdout.write(text);
    else writeOutputFile(t.file, text);
  }
}

function render(report: RunReport, target: ReporterTarget, reporters: Reporters, o: WriteOptions): string {
  switch (target.name) {
    case 'pretty':
      return reporters.renderPretty(report, { color: target.file === undefined && process.stdout.isTTY === true && !process.env['NO_COLOR'] });
    case 'json':
      return reporters.renderRunJson(report, o.shard, o.partial === true);
    case 'junit':
      return reporters.renderJunit(report, o.seconds ? { seconds: o.seconds } : {});
    default: {
      const unreachable: never = target.name;
      throw new Error(`unknown reporter ${String(unreachable)}`);
    }
  }
}

/**
 * The JSON reports of `run --shard i/n --reporter json:FILE`, every shard once: the unsharded
 * run's report, and whether a shard was interrupted. Each report goes through the one reader
 * and runPartSchema; the shards must hold disjoint files, each the share its shard takes of
 * them all (unless a shard was interrupted, when it holds fewer).
 */
function mergeRunReports(files: readonly string[]): { report: RunReport; partial: boolean } {
  const how = 'give the files claimsim run --shard i/n --reporter json:FILE wrote, untouched';
  const parts = files.map((file) => {
    const input = readJsonInput(file, how, LIMITS.maxSummaryBytes);
    const value = input.value as { scenarios?: unknown; shard?: unknown } | null;
    if (value === null || typeof value !== 'object' || !Array.isArray(value.scenarios) || value.shard === undefined) {
      throw new InputError(`${file}:1:1: not the JSON report of a shard (give the files claimsim run --shard i/n --reporter json:FILE wrote)`);
    }
    const data = validateJson(input, runPartSchema, how);
    return { kind: 'run-part', version: 1, shard: data.shard, scenarios: data.scenarios, partial: data.partial === true, input };
  });
  const merged = mergeShardParts(parts, 'run-part', 1, () => null);
  if ('error' in merged) throw new InputError(`claimsim run --merge: ${merged.error}`);
  const seen = new Map<string, string>();
  for (const p of merged) {
    for (const [i, s] of p.scenarios.entries()) {
      const twice = seen.get(s.file);
      if (twice !== undefined) throw jsonPathError(p.input, ['scenarios', i, 'file'], `${s.file} is also in ${twice}: the reports are of different runs or one shard is given under two names`, how);
      seen.set(s.file, p.input.file);
    }
  }
  const partial = merged.some((p) => p.partial);
  const total = seen.size;
  if (!partial) {
    const short = merged.find((p) => p.scenarios.length !== shardLength(total, p.shard));
    if (short) {
      throw jsonPathError(short.input, ['scenarios'], `shard ${short.shard.index}/${short.shard.count} holds ${short.scenarios.length} files, but its share of the shards' ${total} is ${shardLength(total, short.shard)}: the reports are of different runs`, how);
    }
  }
  const empty = { events: {}, refusals: {}, tags: [], log: [], violations: [] };
  const ordered = partial ? unshardShort(merged.map((p) => p.scenarios)) : unshard(merged.map((p) => p.scenarios));
  return { report: reportOf(ordered.map((s) => ({ ...empty, ...s }))), partial };
}
