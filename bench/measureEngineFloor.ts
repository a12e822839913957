/**
 * The engine's share of a bench run: records every command bench model v1's agents issue at
 * N claims (with its instant), then replays exactly those commands through a fresh engine,
 * evicting each claim as the streaming run does when it finishes, and times only the replay:
 * the rules, the clock, the fold and the eviction, without generation, checking or summary.
 * It is the floor under claimsim's end-to-end time on this workload as long as the engine is
 * the decider it is. Prints one JSON line. Usage: tsx bench/measureEngineFloor.ts N SEED [--memory]
 * With --memory (and node --expose-gc), the engine's heap per claim held is measured instead
 * of its time: after a full collection, at eight points of the replay, over the claims held then.
 */
import { fileURLToPath } from 'node:url';
import { type ClaimEvent, type Command, Engine, isTerminal, makePolicy } from '../engine/index.js';
import { loadPopulationFile, runPopulation } from '../generators/index.js';
import type { InternalRunOptions } from '../generators/run/RunOptions.js';

const POPULATION = fileURLToPath(new URL('./benchModelV1.yaml', import.meta.url));
const n = Number(process.argv[2] ?? 100_000);
const seed = Number(process.argv[3] ?? 42);
const policy = makePolicy({ timezone: 'UTC' });
const population = loadPopulationFile(POPULATION);
const memory = process.argv.includes('--memory');
const gc = (globalThis as { gc?: () => void }).gc;
if (memory && !gc) throw new Error('--memory needs node --expose-gc');

const commands: Command[] = [];
const at: number[] = [];
const record: InternalRunOptions = {
  withoutChecker: true,
  onCommand: (command, t) => {
    commands.push(command);
    at.push(t);
  },
};
const { summary } = runPopulation(population, { policy, seed, claims: n }, record);

const engine = new Engine({ policy, start: at[0] ?? 0 });
const finished: string[] = [];
engine.subscribe((events: readonly ClaimEvent[]) => {
  for (const e of events) {
    if (e.kind === 'WithdrawalAccepted' || e.kind === 'WithdrawalTimedOut' || (e.kind === 'ClaimAdvanced' && isTerminal(e.to))) finished.push(e.claim);
  }
});
gc?.();
const baseHeap = process.memoryUsage().heapUsed;
let peakHeld = 0;
let bytesPerHeld = 0;
const marks = 8;
const cpu0 = process.cpuUsage();
const t0 = performance.now();
for (let k = 0; k < commands.length; k++) {
  engine.execute(commands[k]!, at[k]!);
  while (finished.length) engine.evict(finished.pop()!);
  const held = engine.view.claimCount;
  if (held > peakHeld) peakHeld = held;
  if (memory && Math.floor(((k + 1) * marks) / commands.length) !== Math.floor((k * marks) / commands.length) && held >= peakHeld * 0.9) {
    gc!();
    bytesPerHeld = Math.max(bytesPerHeld, (process.memoryUsage().heapUsed - baseHeap) / held);
  }
}
const wallMs = performance.now() - t0;
const cpu = process.cpuUsage(cpu0);
console.log(
  JSON.stringify({
    impl: 'engine alone (the same commands replayed)',
    n,
    commands: commands.length,
    events: engine.stats.events,
    events_in_run: summary.events,
    wall_ms: +wallMs.toFixed(1),
    // CPU time of the replay (all the process's threads): steadier than wall time on a shared machine.
    cpu_ms: +((cpu.user + cpu.system) / 1000).toFixed(1),
    claims_per_s: Math.round(n / (wallMs / 1000)),
    events_per_s: Math.round(engine.stats.events / (wallMs / 1000)),
    peak_held: peakHeld,
    ...(memory ? { heap_bytes_per_held_claim: Math.round(bytesPerHeld) } : {}),
  }),
);
