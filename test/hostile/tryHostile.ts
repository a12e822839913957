import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { runClaimsim } from '../../cli/runClaimsim.js';
import { type Mutation, mutate } from './mutations.js';

/** The files a hostile input is made from, and what is tried on them. */
export type Target = 'scenario' | 'population' | 'policy' | 'summary' | 'identity' | MergedPart;
/** The parts the merge paths read (issue 17): a compare part, a sweep part, a run shard's JSON report. */
export type MergedPart = 'comparePart' | 'sweepPart' | 'runPart';
export type HostileCase = { readonly target: Target; readonly mutation: Mutation } | { readonly target: 'option'; readonly option: readonly string[] };

const ROOT = join(import.meta.dirname, '..', '..');
const POPULATION = join(ROOT, 'generators/populations/small.yaml');
const SIMULATE = (population: string, out: string): string[] => ['simulate', '--population', population, '--claims', '20', '--workers', '1', '--quiet', '--out', out];

/** What one command printed and returned, run in this process. */
async function captured(args: readonly string[], timeoutMs: number): Promise<{ status: number | 'hang'; stdout: string; stderr: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const write = { out: process.stdout.write.bind(process.stdout), err: process.stderr.write.bind(process.stderr) };
  process.stdout.write = ((chunk: string | Uint8Array) => out.push(String(chunk)) > 0) as typeof process.stdout.write;
  process.stderr.write = ((chunk: string | Uint8Array) => err.push(String(chunk)) > 0) as typeof process.stderr.write;
  let timer: NodeJS.Timeout | undefined;
  try {
    const status = await Promise.race([runClaimsim(args), new Promise<'hang'>((resolve) => (timer = setTimeout(() => resolve('hang'), timeoutMs)))]);
    return { status, stdout: out.join(''), stderr: err.join('') };
  } finally {
    clearTimeout(timer);
    process.stdout.write = write.out;
    process.stderr.write = write.err;
  }
}

/** Every file under `dir`, relative to it. */
function filesUnder(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir, { recursive: true, withFileTypes: true }).filter((d) => !d.isDirectory()).map((d) => relative(dir, join(d.parentPath, d.name))) : [];
}

/** A place for hostile inputs, with the valid files they are made from (a shard folder from a real run). */
export interface Workspace {
  readonly dir: string;
  readonly bases: Readonly<Record<Target, string>>;
  readonly shard: string;
}

export async function makeWorkspace(): Promise<Workspace> {
  const dir = mkdtempSync(join(tmpdir(), 'claimsim-hostile-'));
  const shard = join(dir, 'base-run');
  const small = ['-p', POPULATION, '--claims', '20', '--replications', '1', '--workers', '1', '--shard', '1/1', '--out'];
  const runPart = join(dir, 'run-part.json');
  for (const args of [
    SIMULATE(POPULATION, shard),
    ['compare', '--variant', 'responseWindowDays=10', ...small, join(dir, 'compare')],
    ['sweep', '--param', 'responseWindowDays=6..7', ...small, join(dir, 'sweep')],
    ['run', join(ROOT, 'scenarios/library/manual'), '--shard', '1/1', '--reporter', `json:${runPart}`],
  ]) {
    const made = await captured(args, 60_000);
    if (made.status !== 0) throw new Error(`the base run failed: claimsim ${args.join(' ')}: ${made.stderr}`);
  }
  const read = (p: string): string => readFileSync(p, 'utf8');
  return {
    dir,
    shard,
    bases: {
      scenario: read(join(ROOT, 'scenarios/library/request/R2-eligible-statuses.yaml')),
      population: read(POPULATION),
      policy: read(join(ROOT, 'scenarios/library/../policies/strict-pii.yaml')),
      summary: read(join(shard, 'summary.json')),
      identity: read(join(shard, 'run.json')),
      comparePart: read(join(dir, 'compare', 'compare-part-1-of-1.json')),
      sweepPart: read(join(dir, 'sweep', 'sweep-part-1-of-1.json')),
      runPart: read(runPart),
    },
  };
}

let cases = 0;

/** How many cases ended in each exit status (for the long run's report). */
export const statuses = new Map<string, number>();

/**
 * Runs one hostile case in-process and returns what went wrong, or null. The documented
 * behaviour (issue 13): exit 0, 1 or 2 (a changed file may still be valid), never 3 or a hang;
 * on exit 2 one line, naming the file with line:column where there is a file; never a stack
 * or a raw TypeError; nothing written outside --out.
 */
export async function tryHostile(ws: Workspace, c: HostileCase, timeoutMs = 30_000): Promise<string | null> {
  const dir = join(ws.dir, `case-${++cases}`);
  mkdirSync(dir);
  const out = join(dir, 'out');
  let args: string[];
  let file: string | null = null;
  switch (c.target) {
    case 'scenario':
    case 'population':
    case 'policy': {
      file = join(dir, `${c.target}.yaml`);
      writeFileSync(file, mutate(ws.bases[c.target], c.mutation, false));
      args = c.target === 'scenario' ? ['run', file] : c.target === 'population' ? SIMULATE(file, out) : [...SIMULATE(POPULATION, out), '--policy', file];
      break;
    }
    case 'summary':
    case 'identity': {
      const shard = join(dir, 'shard');
      cpSync(ws.shard, shard, { recursive: true });
      file = join(shard, c.target === 'summary' ? 'summary.json' : 'run.json');
      writeFileSync(file, mutate(ws.bases[c.target], c.mutation, true));
      args = ['merge', shard, '--out', out];
      break;
    }
    case 'comparePart':
    case 'sweepPart':
    case 'runPart': {
      const name = { comparePart: 'compare-part-1-of-1.json', sweepPart: 'sweep-part-1-of-1.json', runPart: 'run-part.json' }[c.target];
      file = join(dir, 'parts', name);
      mkdirSync(join(dir, 'parts'));
      writeFileSync(file, mutate(ws.bases[c.target], c.mutation, true));
      args = c.target === 'runPart' ? ['run', '--merge', file, '--reporter', `json:${join(out, 'merged.json')}`] : [c.target === 'comparePart' ? 'compare' : 'sweep', '--merge', file, '--out', out];
      break;
    }
    case 'option':
      args = [...SIMULATE(POPULATION, out), ...c.option];
      break;
    default: {
      const unreachable: never = c;
      throw new Error(`unknown case ${JSON.stringify(unreachable)}`);
    }
  }
  const before = new Set(filesUnder(dir));
  const r = await captured(args, timeoutMs);
  statuses.set(String(r.status), (statuses.get(String(r.status)) ?? 0) + 1);
  const all = `${r.stdout}${r.stderr}`;
  const said = `claimsim ${args.join(' ')} → ${r.status}: ${all.slice(0, 600)}`;
  if (r.status === 'hang') return `no answer within ${timeoutMs} ms: ${said}`;
  if (![0, 1, 2].includes(r.status)) return `exit ${r.status}: ${said}`;
  if (/internal error|Cannot read properties|TypeError|RangeError|^\s+at .+:\d+/m.test(all)) return `a crash or stack: ${said}`;
  const written = filesUnder(dir).filter((f) => !before.has(f) && !f.startsWith(`out/`) && f !== 'out');
  if (written.length) return `wrote outside --out: ${written.join(', ')}: ${said}`;
  if (r.status === 2) {
    if (c.target === 'scenario') {
      if (!new RegExp(`${escape(file!)}:\\d+:\\d+: `).test(r.stdout)) return `no file:line:column: ${said}`;
    } else {
      const lines = r.stderr.trimEnd().split('\n').filter((l) => !/^seed \d+ · reproduce with/.test(l));
      if (lines.length !== 1) return `${lines.length} lines, not one: ${said}`;
      if (c.target !== 'option' && !lines[0]!.includes(file!.slice(0, file!.lastIndexOf('/')))) return `the message names no file: ${said}`;
      if ((c.target === 'population' || c.target === 'policy') && !new RegExp(`^${escape(file!)}:\\d+:\\d+: `).test(lines[0]!)) return `no file:line:column: ${said}`;
    }
  }
  return null;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
