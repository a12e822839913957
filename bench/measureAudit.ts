/**
 * One audit measurement in its own process (so that peak RSS is this audit's): `claimsim audit`
 * of LOG on one thread, through the same reader and auditor as the command (auditLogs). Prints
 * one JSON line: records, wall and CPU time, records/s, peak RSS, the most claims held and
 * finished claims remembered at a time, and the verdicts (the clean proof: 0 violating, 0 unknown).
 * Usage: node [AUDIT_NODE_FLAGS] --import tsx bench/measureAudit.ts LOG [--max-held N] [--spill-read BYTES]
 * (`npm run bench` runs it under the node flags `claimsim audit` runs under, claimlog/auditHeap.ts;
 * `heap_limit_mb` shows the heap limit it ran under; `code` whether it ran dist/, as the command
 * does once built, or the sources through tsx.)
 * (--max-held: claims held before the idlest are spilled, default MAX_HELD; `Infinity` never
 * spills, as the audit was before the spill: the before/after pair of docs/performance.md.
 * --spill-read: the most of a spill bucket read back at once, default SPILL_READ_BYTES.)
 */
import { getHeapStatistics } from 'node:v8';
import { builtIsFresh } from '../cli/build/builtIsFresh.js';

// The JavaScript `claimsim audit` runs (dist/, when built after every source), else the sources
// through tsx (which adds its own cost: the first run's compiling, and a name kept on every
// function made): `code` in the line says which was measured.
const code = builtIsFresh(new URL('..', import.meta.url)) ? 'dist' : 'tsx';
const from = code === 'dist' ? '../dist/' : '../';
const { checkPolicy } = (await import(`${from}engine/index.js`)) as typeof import('../engine/index.js');
const { auditLogs } = (await import(`${from}claimlog/auditLogs.js`)) as typeof import('../claimlog/auditLogs.js');

const log = process.argv[2];
if (log === undefined) throw new Error('usage: tsx bench/measureAudit.ts LOG [--max-held N]');
const maxHeldAt = process.argv.indexOf('--max-held');
const maxHeld = maxHeldAt > 0 ? Number(process.argv[maxHeldAt + 1]) : undefined;
if (maxHeld !== undefined && !(maxHeld >= 0)) throw new Error('--max-held takes a claim count from 0 (or Infinity)');
const spillReadAt = process.argv.indexOf('--spill-read');
const spillReadBytes = spillReadAt > 0 ? Number(process.argv[spillReadAt + 1]) : undefined;
if (spillReadBytes !== undefined && !(spillReadBytes >= 1)) throw new Error('--spill-read takes a byte count from 1');

// RSS sampled as the audit goes as well as the process's own peak: the larger is reported.
let sampled = 0;
let peakHeld = 0;
let peakRemembered = 0;
let spilled = 0;
let batches = 0;
const sample = (): void => {
  sampled = Math.max(sampled, process.memoryUsage.rss());
};
const cpu0 = process.cpuUsage();
const t0 = performance.now();
const result = await auditLogs([log], {
  toleranceMs: 0,
  headerPolicy: (value) => {
    const r = checkPolicy(value);
    if (!r.ok) throw new Error(`${log}: the header's policy is not valid`);
    return r.policy;
  },
  ...(maxHeld !== undefined ? { maxHeld } : {}),
  ...(spillReadBytes !== undefined ? { spillReadBytes } : {}),
  onBatch: (held, remembered, spilledSoFar) => {
    spilled = spilledSoFar;
    peakHeld = Math.max(peakHeld, held);
    peakRemembered = Math.max(peakRemembered, remembered);
    if ((++batches & 15) === 0) sample();
  },
});
const wallMs = performance.now() - t0;
const cpu = process.cpuUsage(cpu0);
sample();
console.log(
  JSON.stringify({
    impl: 'claimsim audit',
    code,
    records: result.records,
    claims: result.claims,
    wall_ms: +wallMs.toFixed(1),
    cpu_ms: +((cpu.user + cpu.system) / 1000).toFixed(1),
    records_per_s: Math.round(result.records / (wallMs / 1000)),
    rss_mb: +(Math.max(sampled, process.resourceUsage().maxRSS * 1024) / 1048576).toFixed(1),
    heap_limit_mb: Math.round(getHeapStatistics().heap_size_limit / 1048576),
    peak_held: peakHeld,
    peak_remembered: peakRemembered,
    spilled,
    skipped: result.skippedLines,
    conforms: result.verdicts.conforms,
    violates: result.verdicts.violates,
    unknown: result.verdicts.unknown,
  }),
);
