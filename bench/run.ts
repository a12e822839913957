/**
 * `npm run bench`: bench model v1 (../shared/bench/README.md) through claimsim and through the
 * reference loop ../shared/bench/bare.mjs, in one command, on this machine; prints a Markdown
 * table of claims/s, peak RSS, their ratio, workers 1 vs 2, memory per claim held, growth from
 * the smallest to the largest size, what the checker costs, and the engine alone on the run's
 * own commands (the floor under claimsim's time on this workload).
 *
 *   npm run bench                          # 10^4, 10^5, 10^6 claims
 *   npm run bench -- --sizes 1e4,1e5       # a quicker table
 *   npm run bench -- --repeat 3            # median of 3 runs per cell
 *   npm run bench -- --no-audit            # the claimsim rows alone (the audit rows write a log of 10^6 claims first)
 *   npm run bench -- --audit-only          # only the audit rows (a log of 10^6 claims, and one 10× longer)
 *   npm run bench -- --audit-claims 2e4    # the audit rows' shorter log (default 10^6)
 *   npm run bench -- --audit-longer 1      # only that log, not the one 10× longer (default 10)
 *
 * Every measurement runs in its own process, one at a time, so that peak RSS is its own.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AUDIT_NODE_FLAGS } from '../claimlog/auditHeap.js';

const HERE = dirname(fileURLToPath(import.meta.url));
const REPO = resolve(HERE, '..');
const BARE = resolve(REPO, '../shared/bench/bare.mjs');
const SEED = 42;

interface Measure {
  readonly wall_ms: number;
  readonly cpu_ms: number;
  readonly claims_per_s: number;
  readonly rss_mb: number;
  readonly events?: number;
  readonly peak_held?: number;
  readonly heap_bytes_per_held_claim?: number;
  readonly events_per_s?: number;
  readonly commands?: number;
}

function option(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
}

const sizes = (option('--sizes') ?? '1e4,1e5,1e6').split(',').map((s) => {
  const n = Number(s);
  if (!Number.isSafeInteger(n) || n < 1) {
    process.stderr.write(`bench: --sizes takes claim counts such as 1e4,1e5 (got "${s}")\n`);
    process.exit(2);
  }
  return n;
});
const repeat = Number(option('--repeat') ?? 1);

/** Runs one measurement process and reads its JSON line. */
function measure(args: readonly string[], nodeFlags: readonly string[] = []): Measure {
  const r = spawnSync(process.execPath, [...nodeFlags, ...args], { cwd: REPO, encoding: 'utf8', maxBuffer: 1 << 24 });
  const line = r.stdout.trim().split('\n').pop() ?? '';
  if (r.status !== 0 || !line.startsWith('{')) throw new Error(`bench: ${args.join(' ')} failed (${r.status}): ${r.stderr.trim().split('\n').slice(-3).join(' | ')}`);
  return JSON.parse(line) as Measure;
}

/** The run with the median wall time of `repeat` runs. */
function median(run: () => Measure): Measure {
  const runs = Array.from({ length: repeat }, run).sort((a, b) => a.wall_ms - b.wall_ms);
  return runs[Math.floor(runs.length / 2)]!;
}

const tsx = ['--import', 'tsx'];
const claimsim = (n: number, workers: number): Measure => median(() => measure([...tsx, 'bench/measureClaimsim.ts', String(n), String(SEED), String(workers)]));
const claimsimMemory = (n: number): Measure => measure(['--expose-gc', ...tsx, 'bench/measureClaimsim.ts', String(n), String(SEED), '0', '--memory']);
const bare = (n: number): Measure => median(() => measure(['bench/measureReference.mjs', BARE, String(n), String(SEED)]));

const auditClaims = Number(option('--audit-claims') ?? 1e6);
if (!Number.isSafeInteger(auditClaims) || auditClaims < 1 || auditClaims > 1e7) {
  process.stderr.write(`bench: --audit-claims takes a claim count from 1 to 1e7 such as 1e6 (got "${option('--audit-claims')}")\n`);
  process.exit(2);
}
const auditLonger = Number(option('--audit-longer') ?? 10);
if (!Number.isSafeInteger(auditLonger) || auditLonger < 1 || auditLonger > 100 || auditClaims * auditLonger > 1e7) {
  process.stderr.write(`bench: --audit-longer takes how many times longer the second log is, 1 to 100, with at most 1e7 claims in it (got "${option('--audit-longer')}"); 1 audits one log\n`);
  process.exit(2);
}

const haveBare = existsSync(BARE);
if (!haveBare) process.stderr.write(`bench: the reference loop ${BARE} is not there; claimsim's numbers alone follow\n`);

const k = (x: number): string => (x >= 1e6 ? `${(x / 1e6).toFixed(2)} M` : x >= 1e3 ? `${(x / 1e3).toFixed(1)} k` : String(Math.round(x)));
const pow = (n: number): string => {
  const e = Math.log10(n);
  return Number.isInteger(e) ? `10^${e}` : String(n);
};

if (process.argv.includes('--audit-only')) {
  process.stdout.write(`${[`## claimsim audit bench (bench model v1, seed ${SEED})`, '', commandLine(), '', ...auditLines(auditClaims, auditLonger)].join('\n')}\n`);
  process.exit(0);
}

const rows: string[] = [];
interface SizeResult {
  readonly n: number;
  readonly one: Measure;
  readonly ref: Measure | null;
  readonly w1: Measure;
  readonly w2: Measure;
  readonly mem: Measure | null;
}
const results: SizeResult[] = [];
for (const n of sizes) {
  process.stderr.write(`bench: ${pow(n)} claims…\n`);
  const one = claimsim(n, 0);
  const ref = haveBare ? bare(n) : null;
  const w1 = claimsim(n, 1);
  const w2 = claimsim(n, 2);
  const mem = n >= 1e5 ? claimsimMemory(n) : null;
  results.push({ n, one, ref, w1, w2, mem });
  rows.push(
    [
      pow(n),
      `${k(one.claims_per_s)}/s`,
      `${one.rss_mb} MB`,
      ref ? `${k(ref.claims_per_s)}/s` : '—',
      ref ? `${ref.rss_mb} MB` : '—',
      ref ? `${(one.wall_ms / ref.wall_ms).toFixed(1)}× (CPU ${(one.cpu_ms / ref.cpu_ms).toFixed(1)}×)` : '—',
      `${k(w1.claims_per_s)}/s → ${k(w2.claims_per_s)}/s (${(w1.wall_ms / w2.wall_ms).toFixed(2)}×)`,
      k(one.peak_held ?? 0),
      mem ? `${mem.heap_bytes_per_held_claim} B (RSS ${Math.round((one.rss_mb * 1048576) / n)} B/claim)` : '—',
    ].join(' | '),
  );
}
const breakdownAt = Math.min(...sizes.filter((n) => n >= 1e5), sizes.at(-1)!);
process.stderr.write(`bench: without the checker at ${pow(breakdownAt)}…\n`);
const withChecker = claimsim(breakdownAt, 0);
const noChecker = median(() => measure([...tsx, 'bench/measureClaimsim.ts', String(breakdownAt), String(SEED), '0', '--without-checker']));
process.stderr.write(`bench: the engine alone at ${pow(breakdownAt)}…\n`);
const engine = median(() => measure([...tsx, 'bench/measureEngineFloor.ts', String(breakdownAt), String(SEED)]));
const refAtBreakdown = results.find((r) => r.n === breakdownAt)?.ref ?? null;
const largest = results.at(-1)!;
let engineMemory: Measure | null = null;
if (largest.n >= 1e5) {
  process.stderr.write(`bench: the engine's own heap at ${pow(largest.n)}…\n`);
  engineMemory = measure(['--expose-gc', ...tsx, 'bench/measureEngineFloor.ts', String(largest.n), String(SEED), '--memory']);
}
const growth = growthOf(results);

const lines = [
  `## claimsim bench (bench model v1, seed ${SEED})`,
  '',
  commandLine(),
  '',
  '| claims | claimsim | claimsim peak RSS | reference loop | reference peak RSS | time ratio claimsim / reference, wall (CPU) | workers 1 → 2 (incl. thread start) | peak claims held | heap per claim held |',
  '|---|---|---|---|---|---|---|---|---|',
  ...rows.map((r) => `| ${r} |`),
  '',
  `claimsim: generation, rules, invariant checking and summary, in-process (runPopulation), time measured inside the process as the reference loop does; claims/s on wall time; CPU time is the steadier ratio on a shared machine.`,
];
if (growth) {
  const { from, to, grew, nlogn } = growth;
  lines.push(
    `Growth: ${from.us.toFixed(1)} µs per claim at ${pow(from.n)}, ${to.us.toFixed(1)} µs at ${pow(to.n)}: ×${grew.toFixed(2)} per claim, against ×${nlogn.toFixed(2)} for n log n (${grew <= nlogn ? 'within' : 'beyond'} n log n).`,
  );
}
const us = (m: Measure, n: number): string => ((m.cpu_ms * 1000) / n).toFixed(1);
lines.push(
  `Where the time goes at ${pow(breakdownAt)} (CPU µs per claim): ${us(withChecker, breakdownAt)} in all, ${us(noChecker, breakdownAt)} without the invariant checker; the reference loop spends ${refAtBreakdown ? `${((refAtBreakdown.cpu_ms * 1000) / breakdownAt).toFixed(2)} µs` : 'an unmeasured amount'}.`,
  `Engine alone at ${pow(breakdownAt)} (the run's own ${k(engine.commands ?? 0)} commands replayed through Engine.execute with streaming eviction; no generation, checker or summary): ${engine.wall_ms} ms, ${k(engine.events_per_s ?? 0)} events/s` +
    (refAtBreakdown
      ? `; the reference loop's whole run takes ${refAtBreakdown.wall_ms} ms, so the engine alone is ${(engine.wall_ms / refAtBreakdown.wall_ms).toFixed(1)}× the reference before anything else is added.`
      : '.'),
  '',
);
lines.push(...targetLines(largest, engineMemory, growth));
if (!process.argv.includes('--no-audit')) lines.push(...auditLines(auditClaims, auditLonger));
process.stdout.write(`${lines.join('\n')}\n`);

/** The targets claimsim is measured against, met or missed at the largest size, with the engine's own floors beside them. */
function targetLines(r: SizeResult, engineMem: Measure | null, growth: Growth | null): string[] {
  // Engine v3's targets (issue 20): within 8× on one worker (3× stays the direction), ≤ 500 B, two workers ≥ 1.8× one.
  const TIME_RATIO = 8;
  const BYTES_PER_HELD = 500;
  const WORKER_SPEEDUP = 1.8;
  const verdict = (ok: boolean): string => (ok ? 'met' : 'missed');
  const out = [`Targets at ${pow(r.n)} claims:`, ''];
  if (r.ref) {
    const inProcess = r.one.wall_ms / r.ref.wall_ms;
    const twoWorkers = r.w2.wall_ms / r.ref.wall_ms;
    out.push(`- end to end on one worker within ${TIME_RATIO}× of the reference loop: ${inProcess.toFixed(1)}× (on 2 workers ${twoWorkers.toFixed(1)}×): ${verdict(inProcess <= TIME_RATIO)}.`);
  }
  if (r.mem) {
    const floor = engineMem?.heap_bytes_per_held_claim;
    out.push(
      `- no more than ${BYTES_PER_HELD} B of heap per claim held: ${r.mem.heap_bytes_per_held_claim} B: ${verdict((r.mem.heap_bytes_per_held_claim ?? Infinity) <= BYTES_PER_HELD)}` +
        (floor !== undefined ? ` (the engine's own state and clock alone hold ${floor} B per claim held).` : '.'),
    );
  }
  if (growth) out.push(`- cost per claim growing no faster than n log n from ${pow(growth.from.n)} to ${pow(growth.to.n)}: ${verdict(growth.grew <= growth.nlogn)}.`);
  const speedup = r.w1.wall_ms / r.w2.wall_ms;
  out.push(`- 2 workers at least ${WORKER_SPEEDUP}× as fast as 1: ${speedup.toFixed(2)}×: ${verdict(speedup >= WORKER_SPEEDUP)}.`, '');
  return out;
}

interface Growth {
  readonly from: { readonly n: number; readonly us: number };
  readonly to: { readonly n: number; readonly us: number };
  /** How much the wall time per claim grew from the smallest size to the largest. */
  readonly grew: number;
  /** How much it may grow for the cost to stay within n log n. */
  readonly nlogn: number;
}

/** Wall µs per claim at the smallest and the largest size, and their ratio against n log n (null for one size). */
function growthOf(all: readonly SizeResult[]): Growth | null {
  if (all.length < 2) return null;
  const at = (r: SizeResult): { n: number; us: number } => ({ n: r.n, us: (r.one.wall_ms * 1000) / r.n });
  const from = at(all[0]!), to = at(all.at(-1)!);
  return { from, to, grew: to.us / from.us, nlogn: Math.log(to.n) / Math.log(from.n) };
}

function commandLine(): string {
  return `Command: \`npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}\` · node ${process.version} · ${availableParallelism()} cores · load average ${loadavg().map((x) => x.toFixed(1)).join(' ')}${repeat > 1 ? ` · median of ${repeat}` : ''}`;
}

/**
 * The audit rows: a claim log of `n` claims of bench model v1 and one `longer` times longer,
 * written by `claimsim simulate --log` (not timed) at the same arrival rate over that many
 * times the days, each audited on one thread in its own process (bench/measureAudit.ts):
 * records/s against the 300,000 target, peak RSS against 400 MB (which must not grow with the
 * log's length), and the clean proof: a log claimsim writes audits with 0 violating and 0
 * unknown claims.
 */
function auditLines(n: number, longer: number): string[] {
  const TARGET_RECORDS_PER_S = 300_000;
  const TARGET_RSS_MB = 400;
  const dir = mkdtempSync(join(tmpdir(), 'claimsim-bench-audit-'));
  try {
    const model = readFileSync(join(REPO, 'bench/benchModelV1.yaml'), 'utf8');
    const rows = [...new Set([1, longer])].map((times) => {
      const claims = n * times;
      process.stderr.write(`bench: the audit of a log of ${pow(claims)} claims over ${30 * times} days…\n`);
      // The longer log keeps the model's arrival rate: 10× the claims over 10× the days, so the claims open at a time stay the same.
      const population = join(dir, `model-${times}.yaml`);
      writeFileSync(population, model.replace(/^  length: 90d$/m, `  length: ${60 + 30 * times}d`).replace(/^  arrivals: 30d$/m, `  arrivals: ${30 * times}d`));
      const log = join(dir, `${claims}.ndjson`);
      const sim = spawnSync(process.execPath, ['cli/claimsim.js', 'simulate', '--population', population, '--claims', String(claims), '--seed', String(SEED), '--log', log, '--out', join(dir, `out-${claims}`), '--quiet'], { cwd: REPO, encoding: 'utf8' });
      if (sim.status !== 0) throw new Error(`bench: writing the audit's log failed (${sim.status}): ${sim.stderr.trim().split('\n').slice(-3).join(' | ')}`);
      // Under the node flags `claimsim audit` runs under (cli/claimsim.js starts the audit with them).
      const m = median(() => measure([...tsx, 'bench/measureAudit.ts', log], AUDIT_NODE_FLAGS)) as Measure & AuditMeasure;
      // The floor under it, on the same log: what the two readings cost with none of the audit's own work.
      const floor = times === 1 ? (measure([...tsx, 'bench/measureAuditFloor.ts', log], AUDIT_NODE_FLAGS) as unknown as AuditFloor) : null;
      rmSync(log);
      return { claims, times, m, floor };
    });
    const short = rows[0]!;
    const long = rows.at(-1)!;
    const out = [
      '| log | records | audit, one thread (CPU) | of the 300 k/s target | peak RSS | peak claims held | peak finished remembered | violating | unknown |',
      '|---|---|---|---|---|---|---|---|---|',
      ...rows.map(
        ({ claims, times, m }) =>
          `| ${pow(claims)} claims over ${30 * times} days | ${k(m.records)} | ${k(m.records_per_s)}/s (${k(m.records / (m.cpu_ms / 1000))}/s) | ${(m.records_per_s / TARGET_RECORDS_PER_S).toFixed(2)}× | ${m.rss_mb} MB | ${k(m.peak_held)} | ${k(m.peak_remembered)} | ${m.violates} | ${m.unknown} |`,
      ),
      '',
    ];
    const clean = rows.every(({ m }) => m.violates === 0 && m.unknown === 0 && m.skipped === 0);
    const verdict = (ok: boolean): string => (ok ? 'met' : 'missed');
    out.push(
      (rows.length > 1 ? `Audit: a log ${longer}× longer takes ${(long.m.wall_ms / short.m.wall_ms).toFixed(1)}× the time and ${(long.m.rss_mb / short.m.rss_mb).toFixed(2)}× the peak RSS; ` : 'Audit: ') +
        `${TARGET_RECORDS_PER_S / 1000} k records/s at ${pow(short.claims)} claims: ${verdict(short.m.records_per_s >= TARGET_RECORDS_PER_S)}; peak RSS ≤ ${TARGET_RSS_MB} MB: ${verdict(rows.every(({ m }) => m.rss_mb <= TARGET_RSS_MB))}; ` +
        `clean proof (0 violating, 0 unknown, 0 skipped lines): ${clean ? 'met' : 'MISSED'}.`,
      '',
    );
    const f = short.floor;
    if (f !== null) {
      const u = f.us_per_record;
      out.push(
        `The floor of the audit's design at ${pow(short.claims)} claims (bench/measureAuditFloor.ts: the lines split, JSON.parse, the actions replayed through one engine, the checker over its events; nothing else): ` +
          `${k(f.ceiling_records_per_s)} records/s of CPU (${u.split} + ${u.parse} + ${u.replay} + ${u.check} µs a record). ` +
          `The 300 k/s target is ${f.ceiling_records_per_s >= TARGET_RECORDS_PER_S ? 'under' : `${(TARGET_RECORDS_PER_S / f.ceiling_records_per_s).toFixed(2)}× above`} it; the audit runs at ${(short.m.records / (short.m.cpu_ms / 1000) / f.ceiling_records_per_s).toFixed(2)}× it.`,
        '',
      );
    }
    return out;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** What bench/measureAuditFloor.ts prints. */
interface AuditFloor {
  readonly records: number;
  readonly us_per_record: { readonly split: number; readonly parse: number; readonly replay: number; readonly check: number };
  readonly ceiling_records_per_s: number;
}

/** What bench/measureAudit.ts prints besides the common figures. */
interface AuditMeasure {
  readonly records: number;
  readonly records_per_s: number;
  readonly peak_held: number;
  readonly peak_remembered: number;
  readonly skipped: number;
  readonly violates: number;
  readonly unknown: number;
}
