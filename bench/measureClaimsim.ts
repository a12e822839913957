/**
 * One bench measurement in its own process (so that peak RSS is this run's): bench model v1
 * at N claims through runPopulation (in-process) or runPopulationParallel (W workers).
 * Prints one JSON line. Usage: tsx bench/measureClaimsim.ts N SEED [WORKERS] [--memory] [--without-checker]
 * With --memory (and node --expose-gc), the heap is measured after a full collection at
 * eight points of the run, to give the bytes per claim held; its time is then not reported.
 */
import { fileURLToPath } from 'node:url';
import { makePolicy } from '../engine/index.js';
import { loadPopulationFile, runPopulation, runPopulationParallel } from '../generators/index.js';
import type { RunOptions } from '../generators/run/RunOptions.js';

const POPULATION = fileURLToPath(new URL('./benchModelV1.yaml', import.meta.url));
const n = Number(process.argv[2] ?? 10_000);
const seed = Number(process.argv[3] ?? 42);
const workers = Number(process.argv[4] ?? 0);
const memory = process.argv.includes('--memory');
const withoutChecker = process.argv.includes('--without-checker');
const gc = (globalThis as { gc?: () => void }).gc;
if (memory && !gc) throw new Error('--memory needs node --expose-gc');
const policy = makePolicy({ timezone: 'UTC' });

let peakHeld = 0;
let held = 0;
let bytesPerHeld = 0;
const population = loadPopulationFile(POPULATION);
gc?.();
const baseHeap = process.memoryUsage().heapUsed;
const checkpoint = (done: number, total: number): void => {
  // Eight heap readings after a full collection, at the arrivals' 1/8, 2/8, … marks.
  if (!memory || done === total || Math.floor((done * 8) / total) === Math.floor(((done - 1024) * 8) / total)) return;
  gc!();
  const bytes = (process.memoryUsage().heapUsed - baseHeap) / Math.max(1, held);
  if (held >= peakHeld * 0.9) bytesPerHeld = Math.max(bytesPerHeld, bytes);
};
const inProcess: RunOptions = {
  policy,
  seed,
  claims: n,
  onProgress: checkpoint,
  onClaimFinished: (_claim, heldClaims) => {
    held = heldClaims;
    if (held > peakHeld) peakHeld = held;
  },
};
const cpu0 = process.cpuUsage();
const t0 = performance.now();
const { summary } =
  workers > 0
    ? await runPopulationParallel(POPULATION, { policy, seed, claims: n, workers })
    : runPopulation(population, inProcess, { withoutChecker });
const wallMs = performance.now() - t0;
const cpu = process.cpuUsage(cpu0);
const share = (k: keyof typeof summary.outcomes): number => +((100 * summary.outcomes[k]) / n).toFixed(1);
console.log(
  JSON.stringify({
    impl: workers > 0 ? `claimsim (${workers} worker${workers > 1 ? 's' : ''})` : withoutChecker ? 'claimsim without the checker' : 'claimsim',
    n,
    events: summary.events,
    wall_ms: +wallMs.toFixed(1),
    // CPU time of the process (all its threads): steadier than wall time on a shared machine.
    cpu_ms: +((cpu.user + cpu.system) / 1000).toFixed(1),
    claims_per_s: Math.round(n / (wallMs / 1000)),
    rss_mb: +(process.resourceUsage().maxRSS / 1024).toFixed(1),
    peak_held: peakHeld,
    ...(memory ? { heap_bytes_per_held_claim: Math.round(bytesPerHeld) } : {}),
    violations: summary.invariantViolations.total,
    shares: { accepted: share('withdrawnByAcceptance'), timeout: share('withdrawnByTimeout'), onHold: share('onHoldAtEnd'), normal: share('completedNormally') },
  }),
);
