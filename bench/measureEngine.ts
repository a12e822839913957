/**
 * The engine alone: events per second of `Engine.execute` on a synthetic stream of commands
 * (bench model v1's, generated up front, so only the rules, the clock and the fold are timed).
 * Prints one JSON line. Usage: tsx bench/measureEngine.ts COMMANDS SEED
 */
import { type Command, Engine, makePolicy } from '../engine/index.js';
import { drawUniform, streamKey } from '../generators/index.js';

const target = Number(process.argv[2] ?? 1_000_000);
const seed = Number(process.argv[3] ?? 42);
const DAY = 86_400_000;
const policy = makePolicy({ timezone: 'UTC' });

// Each claim: order, claim, and with 0.6 a request then an answer (accept 0.5, reject 0.3) within the window.
const at: number[] = [];
const commands: Command[] = [];
// 2 + 0.6 × (1 + 0.8) = 3.08 commands per claim on average; the last claims run past 30 days.
const claims = Math.ceil(target / 3.08);
for (let i = 0; commands.length < target; i++) {
  const u = (k: number): number => drawUniform(streamKey(seed, i, 1), k);
  const t = Math.floor(((i + u(0)) / claims) * 30 * DAY);
  at.push(t, t);
  commands.push({ kind: 'PlaceOrder', order: `O${i}`, seller: `S${i % 1000}`, buyer: `B${i % 100_000}` }, { kind: 'OpenClaim', claim: `C${i}`, order: `O${i}`, type: 'cancel' });
  if (u(1) >= 0.6) continue;
  at.push(t);
  commands.push({ kind: 'RequestWithdrawal', claim: `C${i}`, message: 'please withdraw the claim' });
  const a = u(2);
  // The answer comes at once: the stream stays in time order without sorting.
  if (a < 0.5) commands.push({ kind: 'AcceptWithdrawal', claim: `C${i}` });
  else if (a < 0.8) commands.push({ kind: 'RejectWithdrawal', claim: `C${i}`, reason: 'no' });
  else continue;
  at.push(t);
}

const engine = new Engine({ policy, start: 0 });
const t0 = performance.now();
for (let k = 0; k < commands.length; k++) engine.execute(commands[k]!, at[k]!);
engine.advanceTo(40 * DAY);
const wallMs = performance.now() - t0;
console.log(
  JSON.stringify({
    impl: 'Engine alone',
    commands: commands.length,
    events: engine.stats.events,
    wall_ms: +wallMs.toFixed(1),
    commands_per_s: Math.round(commands.length / (wallMs / 1000)),
    events_per_s: Math.round(engine.stats.events / (wallMs / 1000)),
    rss_mb: +(process.resourceUsage().maxRSS / 1024).toFixed(1),
  }),
);
