/**
 * The floor under `claimsim audit` on one thread: the least the design must do for each
 * record of LOG, with none of the audit's own work (grouping by claim, ordering, the diff of the
 * engine's events against the log's, findings, verdicts, reports). Four passes over the log held
 * in memory, each the one before plus one stage, so that each stage's cost is the difference:
 *
 *   1. split    the lines, each made a string (no reading from disk: the file is read first);
 *   2. parse    + JSON.parse of each record;
 *   3. replay   + its instant, its actions replayed through one engine at that instant (the
 *               rules' own records, timeouts and lapses, are what the engine fires itself), each
 *               claim evicted once finished, as the streaming run does;
 *   4. check    + the invariant checker over the engine's events (the audit's checker reads the
 *               log's records made events, which costs more).
 *
 * Pass 4's CPU time is the floor: records / that time is the most records/s one thread can audit
 * while both readings run on each claim and the engine and checker are what they are. Prints one
 * JSON line. Usage: node --import tsx bench/measureAuditFloor.ts LOG (a log claimsim wrote: a
 * header with its policy, then records; at most its first 512 MB, in whole lines, are read).
 * Run by `npm run bench` beside the audit's own rows.
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { builtIsFresh } from '../cli/build/builtIsFresh.js';

const code = builtIsFresh(new URL('..', import.meta.url)) ? 'dist' : 'tsx';
const from = code === 'dist' ? '../dist/' : '../';
const engineModule = (await import(`${from}engine/index.js`)) as typeof import('../engine/index.js');
const { toCommands } = (await import(`${from}claimlog/toCommands.js`)) as typeof import('../claimlog/toCommands.js');
const { parseIsoInstant } = (await import(`${from}claimlog/parseIsoInstant.js`)) as typeof import('../claimlog/parseIsoInstant.js');
const { Engine, checkPolicy, createInvariantChecker, isTerminal } = engineModule;
type ClaimEvent = import('../engine/index.js').ClaimEvent;

const log = process.argv[2];
if (log === undefined) throw new Error('usage: tsx bench/measureAuditFloor.ts LOG');
// The log, up to its last whole line within MAX_BYTES (a longer log's floor is its first part's).
const MAX_BYTES = 512 * 1024 * 1024;
const fd = openSync(log, 'r');
const read = Buffer.allocUnsafe(Math.min(MAX_BYTES, fstatSync(fd).size));
const got = read.length > 0 ? readSync(fd, read, 0, read.length, 0) : 0;
closeSync(fd);
const text = got > 0 ? read.subarray(0, read.lastIndexOf(10, got - 1) + 1) : read;
const firstEnd = text.indexOf(10);
if (firstEnd < 0) throw new Error(`${log}: no whole line in it (a log claimsim wrote: a header, then records)`);
const header = JSON.parse(text.toString('utf8', 0, firstEnd)) as { type?: string; policy?: unknown };
if (header.type !== 'header') throw new Error(`${log}: the first line is not a header with the log's policy`);
const checked = checkPolicy(header.policy);
if (!checked.ok) throw new Error(`${log}: the header's policy is not valid`);
const policy = checked.policy;

type Stage = 'split' | 'parse' | 'replay' | 'check';
const STAGES: readonly Stage[] = ['split', 'parse', 'replay', 'check'];

/** One pass over the records, through `upTo`'s stage: its CPU milliseconds, and how many records. */
function pass(upTo: Stage): { cpuMs: number; records: number } {
  const depth = STAGES.indexOf(upTo);
  let engine: InstanceType<typeof Engine> | null = null;
  const finished: string[] = [];
  const checker = depth >= 3 ? createInvariantChecker(policy, { keep: 1000, recentEvents: 0 }) : null;
  let records = 0;
  let sink = 0;
  const cpu0 = process.cpuUsage();
  let start = firstEnd + 1;
  for (;;) {
    const end = text.indexOf(10, start);
    if (end < 0) break;
    const line = text.toString('utf8', start, end);
    start = end + 1;
    records++;
    if (depth < 1) {
      sink += line.length;
      continue;
    }
    const record = JSON.parse(line) as { at: string } & Parameters<typeof toCommands>[0];
    if (depth < 2) {
      sink += record.at.length;
      continue;
    }
    const at = parseIsoInstant(record.at)!;
    if (engine === null) {
      engine = new Engine({ policy, start: at });
      engine.subscribe((events: readonly ClaimEvent[]) => {
        checker?.observe(events);
        for (const e of events) {
          if (e.kind === 'WithdrawalAccepted' || e.kind === 'WithdrawalTimedOut' || (e.kind === 'ClaimAdvanced' && isTerminal(e.to))) finished.push(e.claim);
        }
      });
    }
    const commands = toCommands(record);
    if (commands === null) continue;
    for (const command of commands) engine.execute(command, at);
    while (finished.length > 0) engine.evict(finished.pop()!);
  }
  const cpu = process.cpuUsage(cpu0);
  if (sink < 0) console.error(sink);
  return { cpuMs: (cpu.user + cpu.system) / 1000, records };
}

// A first pass of the whole pipeline warms the code up; then each stage's pass, twice, the lesser kept.
pass('check');
const cpu: Record<Stage, number> = { split: 0, parse: 0, replay: 0, check: 0 };
let records = 0;
for (const s of STAGES) {
  const a = pass(s);
  const b = pass(s);
  cpu[s] = Math.min(a.cpuMs, b.cpuMs);
  records = a.records;
}
const us = (ms: number): number => +((ms * 1000) / records).toFixed(2);
console.log(
  JSON.stringify({
    impl: 'the audit floor (split, parse, replay, check; no audit work)',
    code,
    records,
    us_per_record: {
      split: us(cpu.split),
      parse: us(cpu.parse - cpu.split),
      replay: us(cpu.replay - cpu.parse),
      check: us(cpu.check - cpu.replay),
    },
    floor_cpu_ms: +cpu.check.toFixed(1),
    ceiling_records_per_s: Math.round(records / (cpu.check / 1000)),
  }),
);
